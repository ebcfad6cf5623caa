using MimeKit;

namespace MailScope.Worker.Mailboxes;

/// <summary>
/// One connection to one mailbox for one sync: reads what arrived since a checkpoint, flags messages and
/// saves drafts. Not thread-safe (an IMAP connection is not), used by one sync at a time.
/// </summary>
internal interface IMailboxSession : IAsyncDisposable
{
    /// <summary>What the session fetched and sent, for logs, tests and benchmarks.</summary>
    MailboxCounters Counters { get; }

    /// <summary>Whether flagged messages also get the <c>$ScopeCreep</c> keyword (the server may refuse keywords).</summary>
    bool KeywordsAllowed { get; }

    Task ConnectAsync(CancellationToken cancellationToken);

    /// <summary>The messages after <paramref name="checkpoint"/>, in batches, each with the checkpoint at its end.</summary>
    IAsyncEnumerable<FetchedBatch> ReadNewAsync(string? checkpoint, int batchSize, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the given messages again (by source id) to finish work a dead sync left; messages no longer in
    /// the mailbox are left out.
    /// </summary>
    Task<IReadOnlyList<FetchedMessage>> FetchAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken);

    /// <summary>Adds <c>\Flagged</c> and <c>$ScopeCreep</c> to the messages; nothing else about them changes.</summary>
    Task FlagAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken);

    /// <summary>The reference of a draft saved earlier for the message key, if one is in Drafts.</summary>
    Task<string?> FindDraftAsync(string messageKey, CancellationToken cancellationToken);

    /// <summary>Saves the drafts (each carries <see cref="DraftMarker.Header"/>) and returns where each went, in order.</summary>
    Task<IReadOnlyList<string>> SaveDraftsAsync(IReadOnlyList<MimeMessage> drafts, CancellationToken cancellationToken);
}

/// <summary>A batch of fetched messages and the checkpoint after it.</summary>
internal sealed record FetchedBatch(IReadOnlyList<FetchedMessage> Messages, string? Checkpoint)
{
    /// <summary>Messages (by source id) whose flag the user has taken off since the last sync.</summary>
    public IReadOnlyList<string> Dismissed { get; init; } = [];
}

/// <summary>One fetched message, or why it could not be read.</summary>
internal sealed record FetchedMessage(string SourceId, MimeMessage? Message, string? Error);

/// <summary>Counts of what a session did.</summary>
internal sealed class MailboxCounters
{
    private int _fetched;
    private int _commands;

    /// <summary>Messages whose content was fetched.</summary>
    public int Fetched => _fetched;

    /// <summary>Commands sent to the server (IMAP) or requests made (Graph): the round trips.</summary>
    public int Commands => _commands;

    public void AddFetched(int count = 1) => Interlocked.Add(ref _fetched, count);

    public void AddCommand() => Interlocked.Increment(ref _commands);
}

/// <summary>The header that ties a draft to the message it answers, so a crashed sync can find it.</summary>
internal static class DraftMarker
{
    public const string Header = "X-MailScope-Reply-To-Key";

    /// <summary>
    /// On a draft whose marker is not a message key (a quote's confirmation): the key of the message it replies to.
    /// </summary>
    public const string AnswersHeader = "X-MailScope-Answers-Key";
}
