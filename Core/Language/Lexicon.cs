namespace MailScope.Core.Language;

/// <summary>
/// The word knowledge matching relies on: stop words, synonyms folded to one canonical stem, the
/// activity words ("design", "review") that may be left out when the object ("logo", "resume") is named,
/// and qualifiers ("60-minute", "extra") that never decide a match on their own. Lists are written as
/// plain words and stemmed here, so they always agree with <see cref="Stemmer"/>.
/// </summary>
internal static class Lexicon
{
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "my", "our", "your", "their", "his", "her", "its", "to", "for", "of", "with", "and", "or", "on", "in",
        "at", "by", "me", "us", "you", "i", "we", "it", "this", "that", "these", "those", "some", "any", "also", "just", "please",
        "from", "is", "are", "be", "been", "was", "were", "am", "can", "could", "would", "will", "shall", "should", "may", "might",
        "do", "does", "did", "have", "has", "had", "as", "so", "if", "but", "not", "no", "all", "up", "out", "about", "into", "over",
        "there", "here", "what", "which", "who", "how", "when", "where", "why", "too", "very", "really", "maybe", "possibly",
        "get", "got", "im", "ive", "id", "ill", "youre", "youve", "dont", "cant", "wont", "isnt", "hi", "hello", "thanks", "thank",
        "like", "love", "want", "need", "able", "possible", "wonder", "wondering", "hoping", "hope", "great", "nice", "mind",
        "them", "they", "him", "she", "he", "one", "ones", "s", "t", "d", "ll", "ve", "re", "m", "via", "per", "etc", "okay", "ok",
        "before", "after", "until", "till", "since", "during", "because", "while", "though", "although", "than", "then", "whether",
        "either", "neither", "such", "like", "including", "regarding", "onto", "upon", "within", "without", "against", "between",
        "through", "across", "around", "near", "next", "once", "now", "soon", "already", "still", "even", "again", "ever",
    };

    private static readonly (string Canonical, string[] Words)[] SynonymGroups =
    [
        ("call", ["session", "meeting", "chat", "zoom", "appointment", "catchup", "facetime", "videocall", "hangout"]),
        ("resume", ["cv"]),
        ("website", ["site", "webpage", "homepage"]),
        ("logo", ["logotype"]),
        ("photo", ["photograph", "photography", "picture", "pic", "image", "shot", "shoot", "photoshoot"]),
        ("revision", ["revise", "tweak", "change", "adjustment", "adjust", "amendment", "amend", "correction", "round", "alteration", "modification"]),
        ("post", ["blog", "article"]),
        ("email", ["mail", "emails"]),
        ("video", ["clip", "reel", "videography", "videographer", "footage", "film", "filming"]),
        ("flower", ["florist", "floral", "floristry"]),
        ("copy", ["text", "wording"]),
        ("contract", ["lease", "agreement", "terms"]),
        ("partner", ["girlfriend", "boyfriend", "spouse", "fiance", "fiancee", "wife", "husband"]),
        ("bug", ["broken", "error", "glitch", "crash", "404", "defect"]),
        ("review", ["feedback", "critique", "proofread", "check", "assess", "assessment"]),
        ("rewrite", ["redo", "redone", "rework"]),
        ("build", ["develop", "create", "creation", "make", "made", "produce", "construct"]),
        ("prepare", ["prep", "practice", "rehearse", "mock"]),
        ("translate", ["translation"]),
        ("instagram", ["ig", "insta"]),
        ("facebook", ["fb"]),
        ("advert", ["ad", "ads", "advertising", "advertisement"]),
        ("integrate", ["integration"]),
    ];

    private static readonly string[] ActivityWords =
    [
        "design", "build", "write", "rewrite", "edit", "review", "coach", "coaching", "consult", "consulting", "support",
        "prepare", "manage", "management", "plan", "planning", "strategy", "service", "help", "setup", "optimize", "optimise",
        "optimization", "audit", "work", "provide", "handle", "improve", "update", "fix", "add", "include", "polish", "draft",
        "craft", "run", "record", "hosting", "maintenance", "maintain", "guide", "training", "teach", "implement",
        "integrate", "launch", "deliver", "assist", "overhaul", "refresh", "mentor", "advice", "advise", "writing", "editing",
    ];

    private static readonly string[] QualifierWords =
    [
        "minute", "min", "hour", "hr", "day", "week", "weekly", "month", "monthly", "quick", "short", "long", "full", "extra",
        "additional", "another", "more", "new", "small", "big", "basic", "premium", "standard", "custom", "simple", "first",
        "second", "third", "next", "last", "final", "followup", "free", "bonus", "oneoff", "personal", "professional",
        "turnaround", "weekday", "business", "unlimited", "complete", "initial", "individual", "private", "live", "online",
        "virtual", "hourly", "half", "deep", "dive", "onboarding", "two", "three", "four", "five",
    ];

    private static readonly string[] GenericWords =
    [
        "thing", "stuff", "something", "anything", "bit", "favor", "favour", "question", "time", "today", "tomorrow", "tonight",
        "week", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
        "evening", "chance", "moment", "way", "idea", "couple", "few", "lot", "again", "sure", "kind", "sort", "everything",
        "info", "information", "asap", "soon", "later", "now", "then", "well", "even", "quickly", "know", "think", "let", "see",
        "go", "take", "taking", "give", "send", "tell", "look", "whether", "yes", "sometime", "anytime", "whenever", "ahead",
        "back", "still", "already", "definitely", "hop", "jump", "fit", "squeeze", "throw", "put", "whatever", "both", "each",
        "other", "same", "own", "much", "many", "most", "bunch", "feel", "free", "mine", "yours", "happy", "sorry", "favourite",
        "try", "keep", "start", "finish", "use", "come", "talk", "discuss", "ask", "wonder", "hand", "eye", "pair", "minute",
        "second", "hour", "day", "month", "year", "date", "few", "people", "someone", "anyone", "somebody", "anybody", "person",
        "while", "end", "top", "part", "piece", "version", "copy", "rest", "note", "notes", "email", "mail", "message", "reply",
        "able", "possible", "okay", "great", "quick", "last", "next", "first", "new", "old", "latest", "final", "current", "updated",
        "side", "aspect", "type", "version", "holiday", "holidays", "vacation", "trip", "paperwork", "document", "documents", "docs", "materials", "material", "proper", "good", "little", "big", "small", "nice", "real", "whole", "simple", "short", "long",
        "same", "different", "few", "several", "various", "certain", "specific", "general", "basic", "main", "overall",
    ];

    // Field order matters: Synonyms must exist before the sets below are stemmed through it.

    /// <summary>Canonical stem for synonyms; keys and values are stems.</summary>
    public static readonly Dictionary<string, string> Synonyms = BuildSynonyms();

    /// <summary>Canonical stems of words naming an activity rather than a thing.</summary>
    public static readonly HashSet<string> Activities = [.. ActivityWords.Select(Key)];

    /// <summary>Canonical stems of words that qualify but never identify a deliverable.</summary>
    public static readonly HashSet<string> Qualifiers = [.. QualifierWords.Select(Key)];

    /// <summary>Canonical stems of words too general to be the object of an ask ("something", "a bit", "Friday").</summary>
    public static readonly HashSet<string> Generic = [.. GenericWords.Select(Key)];

    /// <summary>Words that end the head of a deliverable name ("Email support with a 48-hour turnaround").</summary>
    public static readonly HashSet<string> HeadBreakers = new(StringComparer.Ordinal)
    {
        "with", "including", "per", "via", "within", "during", "up", "each", "every", "plus", "incl", "on", "in", "at", "from",
        "by", "over", "after", "before", "until",
    };

    public static string Canonical(string stem) => Synonyms.TryGetValue(stem, out var c) ? c : stem;

    private static string Key(string word) => Canonical(Stemmer.Stem(word));

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
