using MailScope.Core.Asks;
using MailScope.Core.Language;
using MailScope.Core.Matching;

namespace MailScope.Core.Judgement;

/// <summary>
/// The evidence behind one ask's verdict, as named features for <see cref="VerdictCalibration"/>. Only
/// the shape of the judgement counts (which cue, which kind of match, which rule), never a word of the
/// ask, so what is learned on one trade holds on another.
/// </summary>
internal static class VerdictEvidence
{
    /// <summary>Whether a judged ask was admin or scheduling (the logistics rule decided it).</summary>
    public static bool IsArrangement(IReadOnlyDictionary<string, double>? evidence) => evidence?.ContainsKey("rule:logistics") == true;

    public static Dictionary<string, double> Of(DetectedAsk ask, ScopeMatch match, VerdictRules.Decision decision)
    {
        var f = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["bias"] = 1,
            ["cue:" + ask.CueKind] = 1,
            ["match:" + match.Kind] = 1,
            ["rule:" + decision.Rule] = 1,
            ["strength:" + Math.Min(match.Strength, 3)] = 1,
        };
        if (match.Similarity is { } similarity)
        {
            // Named by meaning, not by words: how close and how far ahead.
            f["semantic"] = 1;
            f["semantic-score"] = similarity;
            f["semantic-margin"] = match.SimilarityMargin ?? 0;
        }

        if (ask.Logistics)
        {
            f["logistics"] = 1;
        }

        if (Pointing.IsIn(ask.Span))
        {
            f["points-back"] = 1;
        }

        if (ask.Sentence.TrimEnd().EndsWith('?'))
        {
            f["question"] = 1;
        }

        if (ask.Quantity > 1)
        {
            f["several"] = 1;
        }

        if (ask.AskProbability is { } p)
        {
            // The learned detector's log-odds: how plainly the sentence asks for something.
            f["ask-logit"] = Math.Log((p + 1e-4) / (1 - p + 1e-4));
        }

        return f;
    }
}
