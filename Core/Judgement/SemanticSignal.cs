using System.Globalization;
using System.Text.RegularExpressions;
using MailScope.Core.Asks;
using MailScope.Core.Language;
using MailScope.Core.Matching;

namespace MailScope.Core.Judgement;

/// <summary>
/// Where the lexical match is none or weak, lets the semantic matcher name what an ask asks for: a work ask
/// that matched nothing takes the closest item when it is close enough and clearly ahead of the next; an ask
/// that matched one word of an item (or part of one) takes another item when that one is much closer in
/// meaning. The provider's own expertise competes as a candidate but never replaces anything.
/// </summary>
internal sealed partial class SemanticSignal(SemanticMatcher matcher, SemanticLines lines)
{
    /// <summary>The item the ask's meaning names instead of <paramref name="lexical"/>, or null to keep the lexical match.</summary>
    public ScopeMatch? Refine(DetectedAsk ask, ScopeMatch lexical, MatchScope scope)
    {
        var unmatched = lexical.Kind == MatchKind.None;
        if ((unmatched && (double.IsPositiveInfinity(lines.Unmatched) || !AsksForAThing(ask))) ||
            (!unmatched && (double.IsPositiveInfinity(lines.Override) || lexical.Strength > 1)))
        {
            // Not needed: the model is not even loaded.
            return null;
        }

        // An ask that points back ("can you make these for them?") means what the sentence before named.
        var text = ask.Context is not null && Pointing.IsIn(ask.Span) ? ask.Context + " " + ask.Sentence : ask.Sentence;
        var ranking = matcher.Rank(text, scope);
        if (ranking.Best is not { IsProviderExpertise: false } best)
        {
            return null;
        }

        if (unmatched)
        {
            return best.Score >= lines.Unmatched && ranking.Margin >= lines.UnmatchedMargin ? From(best, ranking.Margin) : null;
        }

        // Only a lexical item that is itself far in meaning gives way: "one more meeting" is the client's own
        // meetings, over quota, even when the add-on "extra meeting" is closer still.
        if (lexical.Kind == MatchKind.Deliverable && best.Match.Kind == MatchKind.AddOn && MoreOfIt().IsMatch(ask.Span))
        {
            // "Could we have one more meeting?": an add-on of extra units sells more of the client's own
            // deliverable; whether the ask is over quota is the quota's to say.
            return null;
        }

        var lexicalScore = ranking.ScoreOf(lexical) ?? 0;
        var lead = best.Score - lexicalScore;
        return best.Score >= lines.Override && lexicalScore < lines.Override && lead >= lines.OverrideMargin ? From(best, lead) : null;
    }

    /// <summary>A concrete work ask (the rules would find nothing covers it), not a general request for help.</summary>
    private static bool AsksForAThing(DetectedAsk ask) =>
        ObjectWords.HasConcreteObject(ask.Span) || (ask.Context is not null && Pointing.IsIn(ask.Span) && ObjectWords.HasConcreteObject(ask.Context));

    private static ScopeMatch From(SemanticCandidate best, double margin) =>
        best.Match with { Similarity = Math.Round(best.Score, 3), SimilarityMargin = Math.Round(margin, 3) };

    /// <summary>The words added to a verdict's reason when the semantic signal named the item.</summary>
    public static string Note(ScopeMatch match) =>
        string.Create(CultureInfo.InvariantCulture, $" (semantic match to '{match.MatchedOn}', similarity {match.Similarity:0.00}, lead {match.SimilarityMargin:0.00})");

    [GeneratedRegex(@"\b(?:another|one\s+more|(?:a\s+)?(?:couple|few|two|three|four)\s+(?:of\s+)?more|more|extra|additional|again)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoreOfIt();
}
