using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>
/// "…once more, without flowers, more simple": a thing the client says they do not want names no item of the work.
/// </summary>
internal static partial class UnwantedThings
{
    /// <summary>The text without its "without…"/"minus…" phrases.</summary>
    public static string Without(string text) => Phrase().Replace(text, " ");

    // One or two words after the determiner: "without flowers", "minus the balloons", "but no music and no lights".
    [GeneratedRegex(@"\b(?:without|minus|but\s+no|and\s+no)\s+(?:the\s+|any\s+|an?\s+)?[a-z'-]+(?:\s+(?:and|or)\s+[a-z'-]+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
