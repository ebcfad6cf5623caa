using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>
/// "…or is it better to leave that till spring?", "the clocks go back on Sunday night": a season after a word of time, or
/// a part of a named day, says when, never what is asked for, even when the book sells a "spring clean" or a "night" service;
/// so does what goes in after the work ("before the seats and carpet go in").
/// </summary>
internal static partial class WhenPhrases
{
    /// <summary>The text without its phrases of when.</summary>
    public static string Without(string text) => BackFor().Replace(GoesIn().Replace(PartOfADay().Replace(Phrase().Replace(text, " "), " "), " "), " ");

    // "Could the lads floor that part as well when they're back for the ladder?": the visit the work would ride on says when.
    [GeneratedRegex(@"\b(?:when|while|once)\s+(?:you|they|we|he|she|the\s+[\w-]+)(?:['’]re|['’]s|\s+are|\s+is|\s+come|\s+comes|\s+get)?\s+(?:back|here|round|over)\s+(?:for|to\s+(?:do|fit|finish))\s+(?:the|our|my|your|his|her|their)\s+[\w-]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackFor();

    // "…weld in fresh metal before the carpet and all the new interior stuff goes in": what comes after the work says when.
    [GeneratedRegex(@"\b(?:before|after|once|until|till)\s+(?:the|our|my|your|all\s+the)\s+[^.?!,;]{1,50}?\s+(?:go|goes|going|gets|get|are|is)\s+(?:in|on|up|down|back|fitted|installed|laid)\b(?!\s+(?:to|for)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GoesIn();

    // "On Sunday night", "tomorrow evening", "last night": when. "At night" alone may be what is asked for ("silent at night").
    [GeneratedRegex(@"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?|tomorrow|yesterday|last|this)\s+(?:night|evening|morning|afternoon)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfADay();

    // Only a season that ends its phrase: "before the spring clean" names the clean.
    [GeneratedRegex(@"\b(?:(?:till|until|before|after|by|in|over)(?:\s+the)?|til|through|during|next|this|last|early|late)\s+(?:spring|summer|autumn|winter)(?=\s*(?:[?.!,;:]|$|\s(?:and|so|but|because|as|please|if|when|or|then|too|at|time|instead)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
