using MailScope.Core.Knowledge;

namespace MailScope.Core.Language;

/// <summary>
/// The word knowledge matching relies on: stop words, synonyms folded to one canonical stem, the
/// activity words ("design", "review") that may be left out when the object ("logo", "resume") is named,
/// and qualifiers ("60-minute", "extra") that never decide a match on their own. The lists are data files
/// under Core/Knowledge, written as plain words and stemmed here, so they always agree with <see cref="Stemmer"/>.
/// </summary>
internal static class Lexicon
{
    public static readonly HashSet<string> StopWords = new(KnowledgeFile.Lines("stop-words.txt"), StringComparer.Ordinal);

    private static readonly (string Canonical, string[] Words)[] SynonymGroups =
        KnowledgeFile.Lines("synonyms.txt").Select(l => l.Split(':', 2)).Select(p => (p[0].Trim(), p[1].Split(',').Select(w => w.Trim()).ToArray())).ToArray();

    // Per synonym stem, the listed words with it.
    private static readonly Dictionary<string, string[]> SynonymWords = SynonymGroups
        .SelectMany(g => g.Words).GroupBy(Stemmer.Stem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly List<string> ActivityWords = KnowledgeFile.Lines("activity-words.txt");

    private static readonly List<string> QualifierWords = KnowledgeFile.Lines("qualifier-words.txt");

    private static readonly List<string> GenericWords = KnowledgeFile.Lines("generic-words.txt");

    private static readonly List<string> MoneyWords = KnowledgeFile.Lines("money-words.txt");

    // Field order matters: Synonyms must exist before the sets below are stemmed through it.

    /// <summary>Canonical stem for synonyms; keys and values are stems.</summary>
    public static readonly Dictionary<string, string> Synonyms = BuildSynonyms();

    /// <summary>Canonical stems of words naming an activity rather than a thing.</summary>
    public static readonly HashSet<string> Activities = [.. ActivityWords.Select(KeyOf)];

    /// <summary>Canonical stems of words that qualify but never identify a deliverable.</summary>
    public static readonly HashSet<string> Qualifiers = [.. QualifierWords.Select(KeyOf)];

    /// <summary>Canonical stems of words too general to be the object of an ask ("something", "a bit", "Friday").</summary>
    public static readonly HashSet<string> Generic = [.. GenericWords.Select(KeyOf)];

    /// <summary>Canonical stems of words about what work costs ("price", "quote"): they never say which work is meant.</summary>
    public static readonly HashSet<string> Money = [.. MoneyWords.Select(KeyOf)];

    /// <summary>Canonical stems of times an add-on can be named for ("weekend visit"): they identify the add-on (<c>surcharge-times.txt</c>).</summary>
    public static readonly HashSet<string> SurchargeTimes = [.. KnowledgeFile.Lines("surcharge-times.txt").Select(KeyOf)];

    /// <summary>Words that end the head of a deliverable name ("Email support with a 48-hour turnaround").</summary>
    public static readonly HashSet<string> HeadBreakers = new(KnowledgeFile.Lines("head-breakers.txt"), StringComparer.Ordinal);

    // Per longer key, the shorter keys it begins with but is no form of (words-alike.txt).
    private static readonly Dictionary<string, HashSet<string>> Alike = KnowledgeFile.Lines("words-alike.txt")
        .Select(l => l.Split(':', 2))
        .SelectMany(p => p[0].Split(',').Select(w => KeyOf(w.Trim())).Select(longer => (longer, shorter: p[1].Split(',').Select(w => KeyOf(w.Trim())))))
        .GroupBy(x => x.longer, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(x => x.shorter).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>"mountain" begins with "mount" but is no form of it (<c>words-alike.txt</c>): either key order.</summary>
    public static bool OnlyLooksLike(string a, string b) =>
        (Alike.TryGetValue(a, out var shorterA) && shorterA.Contains(b)) || (Alike.TryGetValue(b, out var shorterB) && shorterB.Contains(a));

    public static string Canonical(string stem) => Synonyms.TryGetValue(stem, out var c) ? c : stem;

    /// <summary>A stop word, a word too general to name a thing ("something", "Friday") or a qualifier ("extra"): it says nothing of which item.</summary>
    public static bool NamesNothing(Token t) => StopWords.Contains(t.Word) || Generic.Contains(t.Key) || Qualifiers.Contains(t.Key);

    /// <summary>The keys of the words in <paramref name="text"/> that name something (see <see cref="NamesNothing"/>).</summary>
    public static HashSet<string> NamingKeys(string text) => [.. Tokenizer.Tokenize(text).Where(t => !NamesNothing(t)).Select(t => t.Key)];

    /// <summary>
    /// The canonical stem of <paramref name="word"/>: its stem read through the synonyms, unless the word is no form of
    /// any listed word with that stem. "sit", "sits" and "sitting" share their stem with "site", and "term" with "terms",
    /// but a sit-down is not a website and the end of term is not a contract.
    /// </summary>
    public static string KeyOf(string word)
    {
        var stem = Stemmer.Stem(word);
        return SynonymWords.TryGetValue(stem, out var listed) && !listed.Any(w => IsFormOf(word, w)) ? stem : Canonical(stem);
    }

    // "sites", "sited", "siting" are forms of "site"; "sits" and "sitting" are not (no "e" dropped before a consonant, no
    // doubled letter); "copies" is a form of "copy".
    private static bool IsFormOf(string word, string listed) =>
        word.StartsWith(listed, StringComparison.Ordinal) ||
        (listed.Length > 2 && listed[^1] is 'e' or 'y' && word.Length >= listed.Length && word.StartsWith(listed[..^1], StringComparison.Ordinal) &&
         (listed[^1] == 'y' ? word[listed.Length - 1] == 'i' : word[listed.Length - 1] is 'a' or 'e' or 'i' or 'o' or 'u'));

    private static Dictionary<string, string> BuildSynonyms()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, words) in SynonymGroups)
        {
            var target = Stemmer.Stem(canonical);
            foreach (var w in words)
            {
                map.TryAdd(Stemmer.Stem(w), target);
            }
        }

        return map;
    }
}
