namespace MailScope.Core.Agreements;

/// <summary>
/// One event in a client's agreement: units of a deliverable or add-on (<see cref="ItemId"/>) delivered,
/// given as goodwill or purchased on <see cref="Date"/>. <see cref="Id"/> is 0 until the ledger keeps it.
/// </summary>
public sealed record LedgerEntry(string ClientId, string ItemId, int Units, DateOnly Date, LedgerKind Kind, LedgerSource Source)
{
    public long Id { get; init; }

    public string? Note { get; init; }

    /// <summary>What the units are worth in the book's currency (goodwill given away, a purchase's price); null when unknown.</summary>
    public decimal? Value { get; init; }

    /// <summary>The accepted quote that bought these units, for <see cref="LedgerKind.Purchased"/>.</summary>
    public string? QuoteNumber { get; init; }

    /// <summary>The judged message this entry answers (mail or a pane click), when there is one.</summary>
    public string? MessageKey { get; init; }
}
