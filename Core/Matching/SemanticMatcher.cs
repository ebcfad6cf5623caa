using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Matching;

/// <summary>
/// The semantic signal beside the lexical <see cref="ScopeIndex"/>: scores an ask's words against every item of
/// a scope book — deliverables of every package and retainer, add-ons, each referral's and the provider's
/// expertise, each by its name and aliases — by the cosine similarity of their embeddings. The book side is
/// embedded once, on the first ask that needs it, and shared by every message (thread-safe).
/// </summary>
internal sealed class SemanticMatcher
{
    private readonly ITextEmbedder _embedder;
    private readonly List<Entry> _entries = [];
    private float[][]? _vectors;
    private readonly object _gate = new();

    public SemanticMatcher(ScopeBook book, ITextEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(book);
        _embedder = embedder ?? throw new ArgumentNullException(nameof(embedder));
        foreach (var package in book.Packages)
        {
            foreach (var d in package.Deliverables)
            {
                _entries.Add(new Entry(MatchKind.Deliverable, package.Id, d.Id, d.Name, Describe(d.Name, d.Aliases)));
            }
        }

        foreach (var retainer in book.Retainers)
        {
            foreach (var d in retainer.Deliverables)
            {
                _entries.Add(new Entry(MatchKind.Deliverable, MatchScope.RetainerKey(retainer.Id), d.Id, d.Name, Describe(d.Name, d.Aliases)));
            }
        }

        foreach (var a in book.AddOns)
        {
            _entries.Add(new Entry(MatchKind.AddOn, null, a.Id, a.Name, Describe(a.Name, a.Aliases)));
        }

        // Each field of expertise on its own: a referral's "cover art" should not be diluted by its "branding".
        foreach (var r in book.Provider.Referrals)
        {
            _entries.AddRange(r.Expertise.Select(e => new Entry(MatchKind.Referral, null, r.Name, r.Name, e)));
        }

        _entries.AddRange(book.Provider.Expertise.Select(e => new Entry(MatchKind.None, null, null, book.Provider.Name, e)));
    }

    /// <summary>The embedder's name, for the evidence.</summary>
    public string EmbedderName => _embedder.Name;

    /// <summary>
    /// Every item a client owning <paramref name="scope"/> could mean by <paramref name="text"/>, best first, one
    /// candidate per item (its best-scoring name or field).
    /// </summary>
    public SemanticRanking Rank(string text, MatchScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var book = BookVectors();
        var ask = _embedder.Embed([text])[0];
        var best = new Dictionary<string, SemanticCandidate>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].AsSeenBy(scope) is not { } match)
            {
                continue;
            }

            var candidate = new SemanticCandidate(match, _entries[i].Text, Dot(ask, book[i]));
            if (!best.TryGetValue(candidate.ItemKey, out var known) || candidate.Score > known.Score)
            {
                best[candidate.ItemKey] = candidate;
            }
        }

        return new SemanticRanking(best.Values.OrderByDescending(c => c.Score).ToList());
    }

    private float[][] BookVectors()
    {
        if (Volatile.Read(ref _vectors) is { } ready)
        {
            return ready;
        }

        lock (_gate)
        {
            _vectors ??= [.. _embedder.Embed(_entries.Select(e => e.Text).ToList())];
            return _vectors;
        }
    }

    private static double Dot(float[] a, float[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>The name, then its aliases: "Episode edit and mix (episode edit, mix)".</summary>
    private static string Describe(string name, IReadOnlyList<string> aliases) =>
        aliases.Count == 0 ? name : $"{name} ({string.Join(", ", aliases)})";

    private sealed record Entry(MatchKind Kind, string? Container, string? Id, string Name, string Text)
    {
        /// <summary>The item as a client owning <paramref name="scope"/> sees it, or null when it is nothing to them (as in <see cref="ScopeIndex"/>).</summary>
        public ScopeMatch? AsSeenBy(MatchScope scope)
        {
            if (Kind != MatchKind.Deliverable)
            {
                return new ScopeMatch(Kind, Id, Name, Text);
            }

            if (scope.Owns(Container))
            {
                return new ScopeMatch(MatchKind.Deliverable, Id, Name, Text);
            }

            // Another client's retainer is no package to offer; the client's own entry speaks for a shared deliverable.
            return Container!.StartsWith("retainer:", StringComparison.Ordinal) || scope.HasDeliverable(Id!)
                ? null
                : new ScopeMatch(MatchKind.Package, Container, Name, Text) { DeliverableId = Id };
        }
    }
}
