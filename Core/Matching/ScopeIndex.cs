using MailScope.Core.Language;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Matching;

/// <summary>
/// Everything an ask can match in one scope book — deliverables of every package, add-ons, referral
/// and provider expertise — as phrases, built once per book and shared by every message.
/// </summary>
internal sealed class ScopeIndex
{
    private readonly List<Entry> _entries = [];
    private readonly List<ScopePhrase> _providerExpertise = [];

    public ScopeIndex(ScopeBook book)
    {
        foreach (var package in book.Packages)
        {
            foreach (var d in package.Deliverables)
            {
                Add(MatchKind.Deliverable, package.Id, d.Id, d.Name, Phrases(d.Name, d.Aliases, d.Id));
            }
        }

        foreach (var a in book.AddOns)
        {
            Add(MatchKind.AddOn, null, a.Id, a.Name, Phrases(a.Name, a.Aliases, a.Id));
        }

        foreach (var r in book.Provider.Referrals)
        {
            Add(MatchKind.Referral, null, r.Name, r.Name, r.Expertise.Select(e => ScopePhrase.From(e, headOnly: false)).OfType<ScopePhrase>().ToList());
        }

        _providerExpertise.AddRange(book.Provider.Expertise.Select(e => ScopePhrase.From(e, headOnly: false)).OfType<ScopePhrase>());
    }

    /// <summary>The best match of <paramref name="text"/> for a client on <paramref name="package"/>.</summary>
    public ScopeMatch Match(string text, Package package)
    {
        var keys = new HashSet<string>(Tokenizer.ContentKeys(text), StringComparer.Ordinal);
        Candidate? best = null;
        Candidate? bestOwn = null;
        foreach (var entry in _entries)
        {
            var rank = entry.Kind switch
            {
                MatchKind.Deliverable when entry.PackageId == package.Id => 0,
                MatchKind.AddOn => 1,
                MatchKind.Deliverable when package.FindDeliverable(entry.Id) is null => 2,
                MatchKind.Deliverable => -1, // the same deliverable in another package: the client's own entry speaks for it
                _ => 3,
            };
            if (rank < 0)
            {
                continue;
            }

            foreach (var phrase in entry.Phrases)
            {
                var score = phrase.Score(keys);
                if (score == 0)
                {
                    continue;
                }

                // Specific things first (required keys), then the client's own package, then the extra words.
                var candidate = new Candidate(entry, phrase, score / 10, rank, score % 10);
                if (best is null || candidate.IsBetterThan(best))
                {
                    best = candidate;
                }

                if (entry.Kind != MatchKind.Referral && (bestOwn is null || candidate.IsBetterThan(bestOwn)))
                {
                    bestOwn = candidate;
                }
            }
        }

        if (best is { Entry.Kind: MatchKind.Referral } && _providerExpertise.Any(p => p.Score(keys) / 10 >= best.Specificity))
        {
            // The provider does this themselves: not a referral case.
            best = bestOwn;
        }

        if (best is null)
        {
            return ScopeMatch.Nothing;
        }

        var e = best.Entry;

        return e.Kind == MatchKind.Deliverable && e.PackageId != package.Id
            ? new ScopeMatch(MatchKind.Package, e.PackageId, e.Name, best.Phrase.Text) { DeliverableId = e.Id }
            : new ScopeMatch(e.Kind, e.Id, e.Name, best.Phrase.Text);
    }

    private static List<ScopePhrase> Phrases(string name, IEnumerable<string> aliases, string id)
    {
        var list = new List<ScopePhrase?> { ScopePhrase.From(name, headOnly: true), ScopePhrase.From(id, headOnly: false) };
        list.AddRange(aliases.Select(a => ScopePhrase.From(a, headOnly: false)));
        return list.OfType<ScopePhrase>().ToList();
    }

    private void Add(MatchKind kind, string? packageId, string id, string name, List<ScopePhrase> phrases) =>
        _entries.Add(new Entry(kind, packageId, id, name, phrases));

    private sealed record Entry(MatchKind Kind, string? PackageId, string Id, string Name, List<ScopePhrase> Phrases);

    private sealed record Candidate(Entry Entry, ScopePhrase Phrase, int Specificity, int Rank, int Extra)
    {
        public bool IsBetterThan(Candidate other) =>
            Specificity != other.Specificity ? Specificity > other.Specificity
            : Rank != other.Rank ? Rank < other.Rank
            : Extra > other.Extra;
    }
}
