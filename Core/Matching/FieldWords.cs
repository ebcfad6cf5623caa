using MailScope.Core.Knowledge;
using MailScope.Core.Language;

namespace MailScope.Core.Matching;

/// <summary>The fields of work in Knowledge/fields.txt, each as its name and its words, read as phrases.</summary>
internal static class FieldWords
{
    public static readonly IReadOnlyList<Field> Fields = [.. KnowledgeFile.Lines("fields.txt").Select(Parse)];

    private static Field Parse(string line)
    {
        var parts = line.Split(':', 2);
        // A word that folds to an activity or a general word ("construction" is "build") would match half of all mail.
        var phrases = parts[1].Split(',').Select(w => ScopePhrase.From(w.Trim(), headOnly: false, whole: true)).OfType<ScopePhrase>()
            .Where(p => p.Required.Length > 0 && !p.Required.Any(k => Lexicon.Activities.Contains(k) || Lexicon.Generic.Contains(k))).ToList();
        return new Field(parts[0].Trim(), ScopePhrase.From(parts[0].Trim(), headOnly: false), phrases);
    }

    /// <summary>One field: its name and its words.</summary>
    public sealed record Field(string Name, ScopePhrase? NamePhrase, IReadOnlyList<ScopePhrase> Phrases)
    {
        /// <summary>
        /// Whether words a referral is known by (its name and expertise, as keys; <paramref name="words"/> the same as
        /// written) hold the field's name or one of its words whole. A word that must be said as written ("real camera")
        /// must be written so: "reversing cameras" is no photographer's camera.
        /// </summary>
        public bool Covers(IReadOnlySet<string> keys, string words) =>
            (NamePhrase is { } name && name.All.All(keys.Contains)) ||
            Phrases.Any(p => p.All.All(keys.Contains) && (p.Exact is null || words.Contains(" " + p.Exact + " ", StringComparison.Ordinal)));
    }
}
