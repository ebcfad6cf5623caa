using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>
/// "…could you put in writing what the table is actually worth?": the thing whose worth is asked is not the work asked
/// for; its worth is.
/// </summary>
internal static partial class ValuedThings
{
    /// <summary>The text with "what the X is worth" said as "what it is worth".</summary>
    public static string Without(string text) => Phrase().Replace(text, "what it is worth");

    [GeneratedRegex(@"\bwhat\s+(?:the|my|our|this|that|his|her|their)\s+(?:[\w'-]+\s+){0,3}?(?:is|are|was|were|would\s+be|might\s+be)\s+(?:actually\s+|really\s+|now\s+|still\s+)?worth\b", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
