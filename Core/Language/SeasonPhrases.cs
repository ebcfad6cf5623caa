using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>
/// "…or is it better to leave that till spring?": a season after a word of time says when, never what is asked for, even
/// when the book sells a "spring clean".
/// </summary>
internal static partial class SeasonPhrases
{
    /// <summary>The text without its season phrases.</summary>
    public static string Without(string text) => Phrase().Replace(text, " ");

    // Only a season that ends its phrase: "before the spring clean" names the clean.
    [GeneratedRegex(@"\b(?:(?:till|until|before|after|by|in|over)(?:\s+the)?|til|through|during|next|this|last|early|late)\s+(?:spring|summer|autumn|winter)(?=\s*(?:[?.!,;:]|$|\s(?:and|so|but|because|as|please|if|when|or|then|too|at|time|instead)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
