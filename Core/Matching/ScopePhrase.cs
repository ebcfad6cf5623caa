using MailScope.Core.Language;

namespace MailScope.Core.Matching;

/// <summary>
/// One way an item can be named (its name, an alias, its id), reduced to canonical keys. The required
/// keys are its things ("resume", "logo"); activities and qualifiers only add to the score.
/// </summary>
internal sealed class ScopePhrase
{
    private ScopePhrase(string text, string[] required, string[] all, string[] surface, string? exact)
    {
        Text = text;
        Required = required;
        All = all;
        Surface = surface;
        Exact = exact;
    }

    public string Text { get; }

    public string[] Required { get; }

    public string[] All { get; }

    /// <summary>The required words' own stems, before synonyms: an ask using the very word is the better match.</summary>
    public string[] Surface { get; }

    /// <summary>
    /// For a phrase that leans on small words ("look into", "find out"), the folded phrase itself: it must
    /// appear as written, or "the logo looks dated" would match "look into".
    /// </summary>
    public string? Exact { get; }

    /// <param name="text">The name, alias or word list entry.</param>
    /// <param name="headOnly">Only the words before a head breaker ("with", "for") name the thing.</param>
    /// <param name="whole">A phrase whose activities or qualifiers would drop out ("french polishing") must appear as
    /// written: as "french" alone it would match every mention of French.</param>
    /// <param name="surcharge">An add-on's phrase: a time it is named for ("weekend visit") is what identifies it.</param>
    public static ScopePhrase? From(string text, bool headOnly, bool whole = false, bool surcharge = false)
    {
        var tokens = Tokenizer.Tokenize(text.Replace('_', ' ')).ToList();
        if (headOnly)
        {
            var cut = tokens.FindIndex(t => Lexicon.HeadBreakers.Contains(t.Word));
            if (cut > 0)
            {
                tokens = tokens[..cut];
            }
        }

        var all = tokens.Where(t => !Lexicon.StopWords.Contains(t.Word) && !t.Word.All(char.IsDigit)).Select(t => t.Key).Distinct().ToArray();
        var things = all.Where(k => !Lexicon.Activities.Contains(k) && !Lexicon.Qualifiers.Contains(k)).ToArray();
        // Generic heads ("French version") leave the identifying word to decide, when there is one.
        var specific = things.Where(k => !Lexicon.Generic.Contains(k) || (surcharge && Lexicon.SurchargeTimes.Contains(k))).ToArray();
        // "Urgent job": with only a general thing, the qualifier is what names it; "the whole job" is no urgent one.
        var qualified = all.Where(k => !Lexicon.Activities.Contains(k)).ToArray();
        var required = specific.Length > 0 ? specific : things.Length > 0 ? (qualified.Length > things.Length ? qualified : things) : all.Where(k => !Lexicon.Qualifiers.Contains(k)).ToArray();

        // A phrase of qualifiers only ("extra hour", "last year") is matched as a whole.
        if (required.Length == 0)
        {
            required = all;
        }

        if (required.Length == 0)
        {
            return null;
        }

        var surface = tokens.Where(t => required.Contains(t.Key)).Select(t => Stemmer.Stem(t.Word)).Distinct(StringComparer.Ordinal).ToArray();
        // "5-day review": the number is what sets it apart from the plain "review", so it must be there too.
        var exact = (required.Length == 1 && tokens.Count > 1 && tokens.Any(t => Lexicon.StopWords.Contains(t.Word) || t.Word.All(char.IsDigit))) || (whole && required.Length < all.Length)
            ? string.Join(' ', tokens.Select(t => t.Word))
            : null;
        return new ScopePhrase(text, required, all, surface, exact);
    }
}
