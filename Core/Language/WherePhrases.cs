using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>
/// "…by the window, to the left of the radiator", "like you did by the window in the summer": a thing named to say where
/// the work goes is not the work asked for ("by the 24th", "by the end of the month" say when, and stay).
/// </summary>
internal static partial class WherePhrases
{
    /// <summary>The text without its place phrases, when a thing is still named outside them; otherwise the text as it is.</summary>
    public static string Without(string text)
    {
        // Replace hands back the same string when nothing matched: one pass over the text, not two.
        var rest = Phrase().Replace(text, " ");
        return !ReferenceEquals(rest, text) && ObjectWords.HasConcreteObject(rest) ? rest : text;
    }

    // Up to three words after the determiner, ending at punctuation, a conjunction, the end or a time ("…behind your ice bar
    // that night, shaking and stirring the drinks").
    [GeneratedRegex(@"\b(?:to\s+the\s+(?:left|right)\s+of|next\s+to|beside|behind|opposite|underneath|beneath|in\s+front\s+of|on\s+top\s+of|(?:just\s+)?(?:above|below)(?=\s+the\b)|(?:(?<!\b(?:swing|swung|drop|dropped|stop|stopped|pop|popped|come|came|call|called|go|going|went|pass|passing|passed|run|nip|head)\s+)by)(?=\s+the\s+(?!(?:end|weekend|time|latest|deadline|start|beginning|middle|morning|afternoon|evening|night|first|second|third|last|next|\d+\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)))\s+(?:the|a|an|my|our|your|his|her|their|that|this)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s*(?:[?.!,;:]|$|\s(?:and|so|but|because|as|please|if|where|which|too|tonight|tomorrow|during|until|till)\b|\s(?:that|this|on\s+the|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:night|evening|morning|afternoon|day|weekend|\d)))", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
