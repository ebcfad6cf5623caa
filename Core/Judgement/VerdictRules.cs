using System.Globalization;
using System.Text.RegularExpressions;
using MailScope.Core.Asks;
using MailScope.Core.Knowledge;
using MailScope.Core.Language;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Judgement;

/// <summary>The verdict of one ask from what it matched, the client's quotas and the engagement window.</summary>
internal sealed partial class VerdictRules(ScopeBook book)
{
    public Decision Decide(DetectedAsk ask, ScopeMatch match, Client client, Package package, DateOnly today)
    {
        if (client.HasEndedBy(today))
        {
            return new(Verdict.OutOfScope, "ended", $"The engagement ended on {client.End!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; any new work is outside it.");
        }

        if (Correction().IsMatch(ask.Span) && Defect().IsMatch(ask.Context + " " + ask.Sentence))
        {
            // "There's a typo in yesterday's post - could you fix it?": putting delivered work right is not new work.
            return new(Verdict.InScope, "correction", "A correction of delivered work.");
        }

        if (ask.CueKind == "advice" && match.Kind is not MatchKind.Referral)
        {
            // A question on the client's own work is what the engagement is for.
            return new(Verdict.InScope, "advice", $"A question within {package.Name}.");
        }

        switch (match.Kind)
        {
            case MatchKind.Deliverable:
                var d = package.FindDeliverable(match.Id!)!;
                if (SoonerThanAgreed.IsMatch(ask.Span))
                {
                    return new(Verdict.OutOfScope, "sooner", $"'{d.Name}' sooner than agreed is a change to {package.Name}, not part of it.");
                }

                if (d.Quantity is not { } quantity)
                {
                    return new(Verdict.InScope, "unlimited", $"'{d.Name}' is part of {package.Name}.");
                }

                if (ForSomeoneElse().IsMatch(ask.Span))
                {
                    return new(Verdict.OutOfScope, "someone-else", $"'{d.Name}' is for {client.Name}, not for someone else.");
                }

                var used = client.UsedOf(d.Id);
                var left = quantity - used;
                return left <= 0 || ask.Quantity > left || BeyondWhatIsLeft().IsMatch(ask.Sentence) || OrdinalOf(ask.Span) > quantity
                    ? new(Verdict.OverQuota, left <= 0 ? "quota-used" : "quota-count", $"'{d.Name}': {used} of {quantity} used, {Math.Max(0, left)} left; the ask wants {ask.Quantity}.")
                    : new(Verdict.InScope, "quota-left", $"'{d.Name}': {used} of {quantity} used, {left} left.");
            case MatchKind.AddOn:
                return new(Verdict.OutOfScope, "addon", $"'{match.Name}' is an add-on, not part of {package.Name}.");
            case MatchKind.Package:
                return new(Verdict.OutOfScope, "package", $"'{match.Name}' comes with the {book.FindPackage(match.Id!)?.Name ?? match.Id} package, not {package.Name}.");
            case MatchKind.Referral:
                return new(Verdict.OutsideExpertise, "referral", $"Outside {book.Provider.Name}'s expertise; {match.Id} does this.");
            default:
                return ObjectWords.HasConcreteObject(ask.Span) || (ask.Context is not null && Pointing.IsIn(ask.Span) && ObjectWords.HasConcreteObject(ask.Context))
                    ? new(Verdict.OutOfScope, "nothing-covers", $"Nothing in {package.Name} covers it.")
                    : new(Verdict.InScope, "general-help", "A general request for help within the engagement.");
        }
    }

    /// <summary>A verdict, the rule that gave it (a name the confidence model weighs) and the reason shown to the user.</summary>
    public sealed record Decision(Verdict Verdict, string Rule, string Reason);

    /// <summary>"A third one", "a 5th session": the ordinal asked for, or 0.</summary>
    private static int OrdinalOf(string span) => Ordinal().Match(span) is { Success: true } m
        ? m.Groups[1].Value switch
        {
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" or "4th" => 4,
            "fifth" or "5th" => 5,
            "sixth" or "6th" => 6,
            _ => 0,
        }
        : 0;

    [GeneratedRegex(@"\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:one|\w+)\b")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(?:fix|correct|repair|sort\s+out|undo)\b")]
    private static partial Regex Correction();

    [GeneratedRegex(@"\b(?:typo|typos|mistake|mistakes|error|errors|wrong|broken|misspel\w*|incorrect)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Defect();

    // "her resume", "my husband's CV": a deliverable is bought for the client, not for family and friends.
    private static readonly Regex SomeoneElse = KnowledgeFile.Pattern(@"\b(?:his|her)\s+(?:\w+\s+)?{personal-things}\b|\bmy\s+{relatives}(?:'s|s)?\s+\w+|\bfor\s+(?:him|her)\b");

    private static Regex ForSomeoneElse() => SomeoneElse;

    // "by tomorrow instead of the usual week": a faster variant of an included deliverable (docs/asks.md: out_of_scope).
    private static readonly Regex SoonerThanAgreed = KnowledgeFile.Pattern("{sooner-than-agreed}");

    // "two more calls on top of the ones I have left": more than the package holds, whatever the count.
    [GeneratedRegex(@"\b(?:on\s+top\s+of|in\s+addition\s+to|beyond|besides|more\s+than)\s+(?:the\s+|my\s+|what\s+)?(?:ones?\s+|sessions\s+|calls\s+)?(?:i\s+have\s+|we\s+have\s+|is\s+|are\s+)?(?:left|remaining|included|planned|in\s+(?:my|the|our)\s+package)", RegexOptions.IgnoreCase)]
    private static partial Regex BeyondWhatIsLeft();
}
