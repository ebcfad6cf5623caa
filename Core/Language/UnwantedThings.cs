using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>
/// "…once more, without flowers, more simple": a thing the client says they do not want names no item of the work.
/// </summary>
internal static partial class UnwantedThings
{
    /// <summary>The text without its "without…"/"minus…" phrases.</summary>
    public static string Without(string text) => Phrase().Replace(text, " ");

    // One or two words after the determiner: "without flowers", "minus the balloons", "but no music and no lights"; set off
    // by commas, where or how the agreed work is not: "…on the side, not in front, because…", "…on the list, not on
    // Instagram." ("…in a textbook, not clip art." says what kind of work it is, and stays). "…in this real gold, not the
    // cream paint we discussed": what was agreed, named to be left behind.
    // "…the or in them isn't paint at all, it's the real metal": a thing said not to be there.
    [GeneratedRegex(@"\b(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not|weren't|were\s+not)\s+(?:an?\s+|any\s+)?[a-z'-]+\s+at\s+all\b|\b(?:without|minus|but\s+no|and\s+no)\s+(?:the\s+|any\s+|an?\s+)?[a-z'-]+(?:\s+(?:and|or)\s+[a-z'-]+)?|,\s*not\s+(?!(?:just|only|merely|simply|even|yet|sure|too|so|that|really)\b)(?:on|in|at|for|to|by|with|from|via|into|onto|under|over|behind|near)\s+(?:(?:the|a|an|my|our|your)\s+)?[a-z'-]+(?:\s+[a-z'-]+)?(?=\s*(?:[,.;?!]|$))|,\s*(?:and\s+)?not\s+(?:the|our|my|that|those|these)\s+(?:[a-z'-]+\s+){1,3}?(?:(?:that|which)\s+)?(?:we|you|i)(?:'d|\s+had|\s+have)?\s+(?:discussed|agreed|talked\s+about|planned|chose|picked|settled\s+on|went\s+for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
