namespace MailScope.Core.Language;

/// <summary>
/// A light English suffix stripper: enough that "sessions", "designing" and "revisions" meet "session",
/// "design" and "revise", without a full Porter stemmer's surprises on short words.
/// </summary>
internal static class Stemmer
{
    public static string Stem(string word)
    {
        var w = word;
        if (w.Length <= 3 || !w.All(char.IsAsciiLetterLower))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "i";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal) || EndsWithAny(w, "ches", "shes", "xes", "zzes"))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !EndsWithAny(w, "ss", "us", "is", "ous"))
        {
            w = w[..^1];
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = Undouble(w[..^3]);
        }
        else if (w.Length > 4 && w.EndsWith("ied", StringComparison.Ordinal))
        {
            w = w[..^3] + "i";
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal))
        {
            w = Undouble(w[..^2]);
        }
        else if (w.Length > 7 && w.EndsWith("ation", StringComparison.Ordinal))
        {
            // A stem of exactly five letters is long enough to begin other words ("foundation" would meet "foundry" and
            // "founder"), so there only "ion" goes: "invitat" still meets "invite" by prefix.
            // Shorter stems ("valu", "quot") meet only their own verbs and stay as they were.
            w = w.Length - 5 == 5 ? w[..^3] : w[..^5];
        }
        else if (w.Length > 6 && (w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("tion", StringComparison.Ordinal)))
        {
            w = w[..^3];
        }
        else if (w.Length > 7 && w.EndsWith("ment", StringComparison.Ordinal))
        {
            w = w[..^4];
        }

        if (w.Length > 3 && w.EndsWith('e'))
        {
            w = w[..^1];
        }
        else if (w.Length > 3 && w.EndsWith('y') && !IsVowel(w[^2]))
        {
            // certify/certified, copy/copies meet at "certifi", "copi".
            w = w[..^1] + "i";
        }

        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // "running" meets "run"; but "earrings" keeps its "rr" and does not meet "ears" ("barring", "purring" the same).
    private static string Undouble(string w) =>
        w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') && !(w[^1] == 'r' && w.Length == 4) ? w[..^1] : w;

    private static bool EndsWithAny(string w, params string[] suffixes) =>
        suffixes.Any(s => w.EndsWith(s, StringComparison.Ordinal));
}
