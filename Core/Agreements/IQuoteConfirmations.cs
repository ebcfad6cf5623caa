namespace MailScope.Core.Agreements;

/// <summary>Where the confirmation reply of an accepted quote stands.</summary>
public enum ConfirmationState
{
    /// <summary>Owed: the quote was accepted by mail and no confirmation was drafted yet.</summary>
    Owed = 0,

    /// <summary>Being saved: a sync that died here may have saved it, so Drafts is searched first.</summary>
    Pending = 1,

    Done = 2,

    /// <summary>Cannot be drafted (the answer is gone from the mailbox); the reason is kept.</summary>
    NotPossible = 3,
}

/// <summary>An accepted quote whose confirmation is owed in a mailbox: the client's answer it replies to.</summary>
public sealed record OwedConfirmation(StoredQuote Quote, string MessageKey, string SourceId, ConfirmationState State);

/// <summary>
/// The confirmations of quotes accepted by mail, kept with the quote so that each accepted quote gets exactly
/// one, also when a worker dies between deciding and drafting.
/// </summary>
public interface IQuoteConfirmations
{
    /// <summary>Quotes accepted by a message recorded in <paramref name="mailbox"/> whose confirmation is owed or pending.</summary>
    Task<IReadOnlyList<OwedConfirmation>> ListOwedConfirmationsAsync(string mailbox, int limit, CancellationToken cancellationToken);

    /// <summary>Records where the confirmation of quote <paramref name="number"/> stands, with its draft reference or reason.</summary>
    Task MarkConfirmationAsync(string number, ConfirmationState state, string? reference, CancellationToken cancellationToken);
}
