using MailScope.Core.Agreements;
using MailScope.Core.Language;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Judgement;

/// <summary>
/// The packages' <c>excludes</c> (version 2) as sets of word keys: an ask that names every word of one
/// ("a cover letter" for "cover letters") asks for something that package explicitly leaves out.
/// </summary>
internal sealed class Exclusions
{
    private readonly Dictionary<string, List<(string Phrase, string[] Keys)>> _byPackage = new(StringComparer.Ordinal);

    public Exclusions(ScopeBook book)
    {
        foreach (var package in book.Packages.Where(p => p.Excludes.Count > 0))
        {
            _byPackage[package.Id] = package.Excludes.Select(e => (e, KeysOf(e).ToArray())).Where(x => x.Item2.Length > 0).ToList();
        }
    }

    /// <summary>The first of the agreement's packages whose excludes the text names, with the phrase; null when none.</summary>
    public (Package Package, string Phrase)? Find(Agreement agreement, string text)
    {
        if (_byPackage.Count == 0)
        {
            return null;
        }

        var keys = KeysOf(text).ToHashSet(StringComparer.Ordinal);
        foreach (var package in agreement.Packages)
        {
            if (_byPackage.TryGetValue(package.Id, out var phrases) && phrases.FirstOrDefault(p => p.Keys.All(keys.Contains)) is { Phrase: not null } hit)
            {
                return (package, hit.Phrase);
            }
        }

        return null;
    }

    private static IEnumerable<string> KeysOf(string text) =>
        Tokenizer.Tokenize(Tokenizer.Fold(text)).Where(t => !Lexicon.StopWords.Contains(t.Word)).Select(t => t.Key);
}
