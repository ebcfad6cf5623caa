using System.Text;
using MailScope.Core.Knowledge;

namespace MailScope.Core.Language;

/// <summary>A word of a sentence: its folded lower-case form and its canonical stem.</summary>
internal readonly record struct Token(string Word, string Key, int Start)
{
    /// <summary>Written with 's ("Mia's"): an owner, not a kind of thing.</summary>
    public bool Possessive { get; init; }
}

/// <summary>Splits text into words, folds accents and case, and gives each its canonical stem.</summary>
internal static class Tokenizer
{
    // Multi-word spellings folded before splitting so that they meet their one-word forms.
    private static readonly (string From, string To)[] Phrases =
        KnowledgeFile.Lines("phrase-rewrites.txt").Select(l => l.Split("=>", 2)).Select(p => (p[0].Trim(), p[1].Trim())).ToArray();

    // The same clause is tokenised many times while one message is judged (cues, matching, fallbacks):
    // each thread keeps its last few results. Tokens are immutable, the lists are never changed by callers.
    [ThreadStatic]
    private static Dictionary<string, IReadOnlyList<Token>>? _recent;

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var recent = _recent ??= new Dictionary<string, IReadOnlyList<Token>>(StringComparer.Ordinal);
        if (recent.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (recent.Count >= 64)
        {
            recent.Clear();
        }

        var tokens = TokenizeUncached(text);
        recent[text] = tokens;
        return tokens;
    }

    private static List<Token> TokenizeUncached(string text)
    {
        var folded = Fold(text);
        foreach (var (from, to) in Phrases)
        {
            if (folded.Contains(from, StringComparison.Ordinal))
            {
                folded = ReplaceWords(folded, from, to);
            }
        }

        var tokens = new List<Token>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (folded[i] == '\'' && i + 1 < folded.Length && char.IsLetter(folded[i + 1]))))
            {
                i++;
            }

            var raw = folded[start..i];
            var word = ContractedPronoun(raw) ?? raw.Replace("'", string.Empty, StringComparison.Ordinal);
            tokens.Add(new Token(word, KeyOf(word), start) { Possessive = raw.EndsWith("'s", StringComparison.Ordinal) });
        }

        return tokens;
    }

    // "we'd", "she'd", "she'll", "he'll": without the apostrophe these spell other words ("wed" would meet a wedding, "shed"
    // and "shell" things), so they read as the pronoun alone. Other contractions keep their one-word form.
    private static string? ContractedPronoun(string raw)
    {
        var apostrophe = raw.IndexOf('\'');
        return apostrophe > 0 && raw[(apostrophe + 1)..] is "d" or "ll" && raw[..apostrophe] is "we" or "he" or "she"
            ? raw[..apostrophe]
            : null;
    }

    // Words repeat across messages: their keys are remembered, up to a bound so memory stays flat.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    /// <summary>The canonical stem a word is matched by.</summary>
    public static string KeyOf(string word)
    {
        if (Keys.TryGetValue(word, out var key))
        {
            return key;
        }

        key = Lexicon.KeyOf(word);
        if (Keys.Count < 100_000)
        {
            Keys.TryAdd(word, key);
        }

        return key;
    }

    /// <summary>Lower case, typographic quotes straightened, Latin accents removed.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = char.ToLowerInvariant(ch);
            sb.Append(c switch
            {
                '’' or '‘' or '`' or '´' => '\'',
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
                'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
                'ì' or 'í' or 'î' or 'ï' or 'ī' or 'į' => 'i',
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => 'o',
                'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => 'u',
                'ç' or 'ć' or 'č' => 'c',
                'ñ' or 'ń' or 'ň' => 'n',
                'ś' or 'š' or 'ş' => 's',
                'ž' or 'ź' or 'ż' => 'z',
                'ý' or 'ÿ' => 'y',
                'ł' => 'l',
                'ř' => 'r',
                'ğ' => 'g',
                '–' or '—' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static string ReplaceWords(string text, string from, string to)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var at = text.IndexOf(from, i, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            var end = at + from.Length;
            var bounded = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            sb.Append(text, i, at - i).Append(bounded ? to : from);
            i = end;
        }

        sb.Append(text, i, text.Length - i);
        return sb.ToString();
    }
}
