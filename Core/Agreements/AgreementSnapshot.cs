namespace MailScope.Core.Agreements;

/// <summary>
/// The ledger entries and accepted quotes of every client, read once (per sync batch, per request) and
/// shared by every judgement made from it: immutable, so the judge stays synchronous and thread-safe.
/// </summary>
public sealed class AgreementSnapshot
{
    private readonly Dictionary<string, IReadOnlyList<LedgerEntry>> _entries;
    private readonly Dictionary<string, IReadOnlyList<StoredQuote>> _quotes;

    private AgreementSnapshot(Dictionary<string, IReadOnlyList<LedgerEntry>> entries, Dictionary<string, IReadOnlyList<StoredQuote>> quotes)
    {
        _entries = entries;
        _quotes = quotes;
    }

    /// <summary>No ledger and no quotes: the book alone (version 1 behaviour).</summary>
    public static AgreementSnapshot Empty { get; } = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>A snapshot of these entries and quotes; quotes that are not accepted are left out.</summary>
    public static AgreementSnapshot Of(IEnumerable<LedgerEntry> entries, IEnumerable<StoredQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(quotes);
        return new(
            entries.GroupBy(e => e.ClientId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<LedgerEntry>)g.ToList(), StringComparer.Ordinal),
            quotes.Where(q => q.Status == QuoteStatus.Accepted).GroupBy(q => q.ClientId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<StoredQuote>)g.OrderBy(q => q.DecidedAt).ThenBy(q => q.Number, StringComparer.Ordinal).ToList(), StringComparer.Ordinal));
    }

    /// <summary>The client's ledger entries (any order).</summary>
    public IReadOnlyList<LedgerEntry> EntriesOf(string clientId) => _entries.GetValueOrDefault(clientId) ?? [];

    /// <summary>The client's accepted quotes, in the order they were accepted.</summary>
    public IReadOnlyList<StoredQuote> AcceptedQuotesOf(string clientId) => _quotes.GetValueOrDefault(clientId) ?? [];
}
