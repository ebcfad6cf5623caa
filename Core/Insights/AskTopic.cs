using MailScope.Core.Language;

namespace MailScope.Core.Insights;

/// <summary>
/// What an ask is about, by meaning rather than wording: the canonical stems (synonyms folded, see
/// Core/Knowledge/synonyms.txt) of the things it names, without activity, stop or generic words. Two
/// wordings of the same extra ("write my cover letter", "draft a covering letter too") get the same key.
/// </summary>
public static class AskTopic
{
    /// <summary>The sorted, space-separated canonical stems of the things the ask names; empty when it names none.</summary>
    public static string KeyOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', Things(text).Select(t => t.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A short label of the ask in its own words: the words whose stems are in <paramref name="keys"/>
    /// (the part a group of asks shares), in the order the ask wrote them.
    /// </summary>
    public static string LabelOf(string text, IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(keys);
        var words = Things(text).Where(t => keys.Contains(t.Key)).Select(t => t.Word).Distinct(StringComparer.Ordinal).ToList();
        return words.Count == 0 ? "other requests" : string.Join(' ', words);
    }

    private static IEnumerable<Token> Things(string text) =>
        Tokenizer.Tokenize(text).Where(t => ObjectWords.IsConcrete(t) && !Lexicon.Activities.Contains(t.Key) && !t.Possessive);
}
