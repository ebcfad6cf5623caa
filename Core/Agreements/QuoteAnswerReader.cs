using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;
using MailScope.Core.Zoning;

namespace MailScope.Core.Agreements;

/// <summary>What a client's reply in a quote's thread says about the quote.</summary>
public enum QuoteAnswer
{
    /// <summary>Neither a yes nor a no (or both at once: left to a person).</summary>
    None,

    Accept,

    Decline,
}

/// <summary>
/// Reads a client's answer to a quote from the NEW text of a reply only (quoted history cut away, see
/// <c>Core/Zoning</c>): the cues are data in <c>Core/Knowledge/quote-accepting.txt</c>, <c>quote-declining.txt</c>
/// and <c>negations.txt</c>. A question decides nothing; a negation or hedge before a yes in its clause cancels it.
/// </summary>
public static class QuoteAnswerReader
{
    private static readonly Regex Accepting = KnowledgeFile.Pattern("{quote-accepting}");
    private static readonly Regex Declining = KnowledgeFile.Pattern("{quote-declining}");
    private static readonly Regex Negation = KnowledgeFile.Pattern("{negations}");
    private static readonly Regex Sentences = new(@"(?<=[.!?])\s+|\n+", RegexOptions.CultureInvariant);
    private static readonly Regex Clauses = new(@"[,;:()\u2013\u2014]|\s-\s|\bbut\b|\bthough\b", RegexOptions.CultureInvariant);

    /// <summary>The answer in a message whose text and/or HTML body is given (the new text is read, not the quote).</summary>
    public static QuoteAnswer Read(string? text, string? html) => ReadNewText(NewText(text, html));

    /// <summary>What the sender wrote this time: the quoted history, signature and greeting cut away.</summary>
    public static string NewText(string? text, string? html) => string.Join("\n", NewTextExtractor.Extract(text, html));

    /// <summary>The answer in text that is already only what the client wrote this time.</summary>
    public static QuoteAnswer ReadNewText(string newText)
    {
        ArgumentNullException.ThrowIfNull(newText);
        bool accepts = false, declines = false;
        foreach (var raw in Sentences.Split(Fold(newText)))
        {
            var sentence = raw.Trim();
            if (sentence.Length == 0 || sentence.EndsWith('?'))
            {
                continue;
            }

            declines |= Declining.IsMatch(sentence);
            accepts |= Clauses.Split(sentence).Any(AcceptsIn);
        }

        return (accepts, declines) switch
        {
            (true, false) => QuoteAnswer.Accept,
            (false, true) => QuoteAnswer.Decline,
            _ => QuoteAnswer.None,
        };
    }

    private static bool AcceptsIn(string clause)
    {
        var trimmed = clause.Trim();
        foreach (Match cue in Accepting.Matches(trimmed))
        {
            if (!Negation.IsMatch(trimmed[..cue.Index]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Fold(string text) =>
        text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');
}
