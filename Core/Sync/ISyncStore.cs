namespace MailScope.Core.Sync;

/// <summary>
/// MailScope's own memory of the mailboxes it syncs: where each sync got to, what it decided about each
/// message, and which drafts it made. It is what makes a sync incremental and safe to run twice: a
/// message recorded as flagged is never flagged again, a recorded draft is never made again.
/// </summary>
public interface ISyncStore
{
    /// <summary>Creates the tables when they are missing. Safe to call from several processes at once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The opaque checkpoint the mailbox's last batch ended on, or null before the first sync.</summary>
    Task<string?> GetCheckpointAsync(string mailbox, CancellationToken cancellationToken);

    /// <summary>Records the given messages and the checkpoint reached, in one transaction.</summary>
    /// <remarks>Records replace earlier records of the same <see cref="MessageRecord.MessageKey"/>.</remarks>
    Task SaveAsync(string mailbox, IReadOnlyCollection<MessageRecord> records, string? checkpoint, CancellationToken cancellationToken);

    /// <summary>The records of the given message keys that exist.</summary>
    Task<IReadOnlyDictionary<string, MessageRecord>> GetRecordsAsync(string mailbox, IReadOnlyCollection<string> messageKeys, CancellationToken cancellationToken);

    /// <summary>
    /// Flagged, not dismissed records of a mailbox whose draft is owed (<see cref="DraftState.Pending"/>):
    /// left by a sync that died between recording a batch and saving its drafts, oldest first.
    /// </summary>
    Task<IReadOnlyList<MessageRecord>> ListOwedDraftsAsync(string mailbox, int limit, CancellationToken cancellationToken);

    /// <summary>The records of a mailbox found at the given source ids (IMAP UIDs, Graph ids, Maildir names).</summary>
    Task<IReadOnlyList<MessageRecord>> GetRecordsBySourceAsync(string mailbox, IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken);

    /// <summary>Every record of a mailbox, in the order they were first judged.</summary>
    Task<IReadOnlyList<MessageRecord>> ListRecordsAsync(string mailbox, CancellationToken cancellationToken);

    /// <summary>
    /// Notes that the user took the flag off these flagged messages (by <see cref="MessageRecord.SourceId"/>);
    /// returns how many records were newly marked. Messages MailScope did not flag are ignored.
    /// </summary>
    Task<int> MarkDismissedAsync(string mailbox, IReadOnlyCollection<string> sourceIds, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The most recently judged flagged messages of every mailbox, newest first.</summary>
    Task<IReadOnlyList<FlaggedMessage>> ListFlaggedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the mailbox for this worker, or returns null when another worker holds it. The lease ends
    /// when disposed, or when the holding process dies.
    /// </summary>
    Task<IAsyncDisposable?> TryLeaseMailboxAsync(string mailbox, CancellationToken cancellationToken);

    /// <summary>Notes that a sync of the mailbox started; returns its id.</summary>
    Task<long> StartRunAsync(string mailbox, string worker, CancellationToken cancellationToken);

    /// <summary>Notes how a sync ended: its counts, and the error when it failed.</summary>
    Task FinishRunAsync(long runId, SyncCounts counts, string? failure, CancellationToken cancellationToken);

    /// <summary>The syncs noted, oldest first.</summary>
    Task<IReadOnlyList<SyncRun>> ListRunsAsync(CancellationToken cancellationToken);
}
