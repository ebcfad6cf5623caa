namespace MailScope.Core.Agreements;

/// <summary>
/// The usage ledger, kept in the store beside the judged records (contract: docs/engagements.md). Usage of a
/// deliverable is the book's <c>used</c> plus the ledger's delivered and goodwill units since <c>used_as_of</c>.
/// </summary>
public interface ILedger
{
    /// <summary>Keeps the entry and returns it with its <see cref="LedgerEntry.Id"/>.</summary>
    Task<LedgerEntry> AddAsync(LedgerEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the purchased entries of one accepted quote unless entries of that quote are kept already (in one
    /// transaction, so two workers, or a worker repairing what a killed one left, write them once); true when written.
    /// </summary>
    Task<bool> AddPurchasesOnceAsync(string quoteNumber, IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken);

    /// <summary>Takes an entry back (the pane's undo); false when no entry has that id.</summary>
    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken);

    /// <summary>Every entry, or a client's, oldest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> ListAsync(string? clientId, CancellationToken cancellationToken);
}
