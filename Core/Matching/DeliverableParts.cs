using MailScope.Core.Language;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Matching;

/// <summary>
/// "Hinges on the garage side, and the latch up around chest height": the parts a deliverable's name lists after its
/// head ("Timber gate, hung with hinges and latch") name that deliverable when two or more of them are said and no
/// other item of the book uses them. A weak match, used only when nothing else is named.
/// </summary>
internal sealed class DeliverableParts
{
    private readonly List<(string Container, string Id, string Name, HashSet<string> Parts)> _parts = [];

    public DeliverableParts(ScopeBook book, Func<string, IEnumerable<string>> headKeys)
    {
        var named = book.Packages.SelectMany(p => p.Deliverables.Select(d => (Container: p.Id, Item: d)))
            .Concat(book.Retainers.SelectMany(r => r.Deliverables.Select(d => (Container: MatchScope.RetainerKey(r.Id), Item: d))))
            .ToList();
        // How many distinct items use each word, over every name and alias in the book: a part must be one item's own.
        var users = named.Select(n => (n.Item.Id, Text: n.Item.Name + " " + string.Join(' ', n.Item.Aliases)))
            .Concat(book.AddOns.Select(a => (a.Id, Text: a.Name + " " + string.Join(' ', a.Aliases))))
            .SelectMany(n => KeysOf(n.Text).Select(k => (k, n.Id))).Distinct()
            .GroupBy(x => x.k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var (container, d) in named)
        {
            var head = new HashSet<string>(headKeys(d.Name), StringComparer.Ordinal);
            var parts = KeysOf(d.Name).Where(k => !head.Contains(k) && users.GetValueOrDefault(k) == 1).ToHashSet(StringComparer.Ordinal);
            if (parts.Count >= 2)
            {
                _parts.Add((container, d.Id, d.Name, parts));
            }
        }
    }

    /// <summary>The one deliverable of the client's whose parts the text names two or more of, or nothing.</summary>
    public ScopeMatch Match(IReadOnlySet<string> keys, MatchScope scope)
    {
        var hits = _parts.Where(p => scope.Owns(p.Container) && p.Parts.Count(keys.Contains) >= 2).Select(p => (p.Id, p.Name)).Distinct().ToList();
        return hits.Count == 1 ? new ScopeMatch(MatchKind.Deliverable, hits[0].Id, hits[0].Name, null) { Strength = 0 } : ScopeMatch.Nothing;
    }

    // Things only: besides the words that name nothing, activities and figures name no part.
    private static IEnumerable<string> KeysOf(string text) =>
        Tokenizer.Tokenize(text).Where(t => !Lexicon.NamesNothing(t) && !Lexicon.Activities.Contains(t.Key) && !t.Word.Any(char.IsDigit))
            .Select(t => t.Key).Distinct(StringComparer.Ordinal);
}
