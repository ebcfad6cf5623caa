using MailScope.Core.Judgement;
using MailScope.Core.Offers;
using MailScope.Core.Sync;
using MailScope.Templates.Drafting;
using MailScope.Worker.Configuration;
using MailScope.Worker.Drafting;
using MailScope.Worker.MailReading;
using MailScope.Worker.Mailboxes;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace MailScope.Worker.Sync;

/// <summary>
/// One sync of one mailbox: read what is new, judge it, flag the creep, draft replies, and record each
/// step so that running it again, or after a crash, never repeats a flag or a draft and never skips a
/// message. The checkpoint moves only after a batch is wholly recorded.
/// </summary>
internal sealed class MailboxSyncer(
    ScopeJudge judge, ReplyDrafter drafter, ISyncStore store, MailboxSessionFactory sessions, SyncSettings settings, ILogger<MailboxSyncer> logger)
{
    public static string WorkerName { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Syncs the mailbox; returns null when another worker holds it.</summary>
    /// <exception cref="MailboxException">The mailbox could not be synced; what was done so far is recorded.</exception>
    public async Task<SyncCounts?> SyncAsync(MailboxOptions mailbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        await using var lease = await store.TryLeaseMailboxAsync(mailbox.Name, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            SyncLog.Busy(logger, mailbox.Name);
            return null;
        }

        SyncLog.Started(logger, mailbox.Name, WorkerName);
        var runId = await store.StartRunAsync(mailbox.Name, WorkerName, cancellationToken).ConfigureAwait(false);
        var counts = SyncCounts.None;
        try
        {
            await using var session = sessions.Create(mailbox);
            await session.ConnectAsync(cancellationToken).ConfigureAwait(false);
            var checkpoint = await store.GetCheckpointAsync(mailbox.Name, cancellationToken).ConfigureAwait(false);
            await foreach (var batch in session.ReadNewAsync(checkpoint, mailbox.BatchSize, cancellationToken).ConfigureAwait(false))
            {
                counts = counts.Add(await ProcessAsync(mailbox, session, batch, cancellationToken).ConfigureAwait(false));
                SyncLog.Progress(logger, mailbox.Name, counts.Judged + counts.Skipped, counts.Flagged, counts.Drafted);
            }

            counts = counts with { Fetched = session.Counters.Fetched };
            await store.FinishRunAsync(runId, counts, null, CancellationToken.None).ConfigureAwait(false);
            SyncLog.Finished(logger, mailbox.Name, counts.Fetched, counts.Judged, counts.Flagged, counts.Drafted, counts.Skipped);
            return counts;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = Describe(ex);
            SyncLog.Failed(logger, mailbox.Name, reason);
            await store.FinishRunAsync(runId, counts, reason, CancellationToken.None).ConfigureAwait(false);
            throw ex as MailboxException ?? new MailboxException(mailbox.Name, reason, ex);
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        MailboxException => ex.Message,
        System.Net.Sockets.SocketException or IOException => $"the server could not be reached or dropped the connection ({ex.Message})",
        MailKit.Security.AuthenticationException => $"the server refused the credentials ({ex.Message})",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    private async Task<SyncCounts> ProcessAsync(MailboxOptions mailbox, IMailboxSession session, FetchedBatch batch, CancellationToken cancellationToken)
    {
        var items = batch.Messages
            .Select(m => new Item(m, m.Message is null ? MessageKeys.OfUnreadable(m.SourceId) : MessageKeys.Of(m.Message)))
            .DistinctBy(i => i.Key)
            .ToList();
        var known = await store.GetRecordsAsync(mailbox.Name, [.. items.Select(i => i.Key)], cancellationToken).ConfigureAwait(false);
        int judged = 0, skipped = 0, flagged = 0, drafted = 0;
        foreach (var item in items)
        {
            if (known.TryGetValue(item.Key, out var record))
            {
                item.Record = record;
                skipped++;
                continue;
            }

            judged++;
            if (item.Fetched.Message is null)
            {
                SyncLog.Unreadable(logger, mailbox.Name, item.Fetched.SourceId, item.Fetched.Error ?? "cannot be read");
                item.Record = new MessageRecord(item.Key, item.Fetched.SourceId, "error", null, false, DraftState.None, item.Fetched.Error, DateTimeOffset.UtcNow);
                continue;
            }

            item.Judgement = judge.Judge(MimeMessageReader.ToInbound(item.Fetched.Message), settings.Today);
            item.Record = new MessageRecord(
                item.Key, item.Fetched.SourceId, item.Judgement.Verdict.ToWire(), item.Judgement.ClientId, false, DraftState.None, null, DateTimeOffset.UtcNow);
        }

        // Flag first, record after: if the sync dies in between, the next one adds the same flags again,
        // which leaves the message exactly as it is.
        var toFlag = items.Where(i => ShouldFlag(i.Record!) && !i.Record!.Flagged).ToList();
        await session.FlagAsync([.. toFlag.Select(i => i.Fetched.SourceId)], cancellationToken).ConfigureAwait(false);
        foreach (var item in toFlag)
        {
            item.Record = item.Record! with { Flagged = true };
            flagged++;
            if (logger.IsEnabled(LogLevel.Information))
            {
                SyncLog.Flagged(logger, mailbox.Name, item.Fetched.Message?.Subject ?? string.Empty, item.Fetched.Message?.From.Mailboxes.FirstOrDefault()?.Address, item.Record.Verdict);
            }
        }

        await store.SaveAsync(mailbox.Name, [.. items.Where(i => !known.ContainsKey(i.Key) || toFlag.Contains(i)).Select(i => i.Record!)], null, cancellationToken).ConfigureAwait(false);

        if (mailbox.CreateDrafts)
        {
            foreach (var item in items.Where(i => i.Record!.Flagged && i.Record.Draft is DraftState.None or DraftState.Pending && i.Fetched.Message is not null))
            {
                if (await DraftAsync(mailbox, session, item, cancellationToken).ConfigureAwait(false))
                {
                    drafted++;
                }
            }
        }

        await store.SaveAsync(mailbox.Name, [], batch.Checkpoint, cancellationToken).ConfigureAwait(false);
        return new SyncCounts(0, judged, flagged, drafted, skipped);
    }

    private async Task<bool> DraftAsync(MailboxOptions mailbox, IMailboxSession session, Item item, CancellationToken cancellationToken)
    {
        var record = item.Record!;
        var original = item.Fetched.Message!;
        if (record.Draft == DraftState.Pending && await session.FindDraftAsync(record.MessageKey, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            SyncLog.DraftFound(logger, mailbox.Name, record.MessageKey);
            await SaveRecordAsync(mailbox, item, record with { Draft = DraftState.Done, DraftReference = existing }, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var inbound = MimeMessageReader.ToInbound(original);
        var judgement = item.Judgement ?? judge.Judge(inbound, settings.Today);
        DraftedReply reply;
        try
        {
            reply = await drafter.DraftAsync(inbound, judgement, settings.Today, null, null, settings.Signature, cancellationToken).ConfigureAwait(false);
        }
        catch (OfferException ex)
        {
            SyncLog.NoDraft(logger, mailbox.Name, original.Subject ?? string.Empty, ex.Message);
            await SaveRecordAsync(mailbox, item, record with { Draft = DraftState.NotPossible, DraftReference = ex.Message }, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var message = ReplyMessage.Build(original, reply, judge.Book.Provider.Name, judge.Book.Provider.Email);
        message.Headers.Add(DraftMarker.Header, record.MessageKey);

        // Pending before the draft is saved: a crash after saving leaves a trail the next sync follows.
        await SaveRecordAsync(mailbox, item, record with { Draft = DraftState.Pending }, cancellationToken).ConfigureAwait(false);
        var reference = await session.SaveDraftAsync(message, cancellationToken).ConfigureAwait(false);
        await SaveRecordAsync(mailbox, item, item.Record! with { Draft = DraftState.Done, DraftReference = reference }, cancellationToken).ConfigureAwait(false);
        var offer = reply.Offer.Kind.ToWire();
        SyncLog.Drafted(logger, mailbox.Name, offer, original.Subject ?? string.Empty, reference);
        return true;
    }

    private async Task SaveRecordAsync(MailboxOptions mailbox, Item item, MessageRecord record, CancellationToken cancellationToken)
    {
        item.Record = record;
        await store.SaveAsync(mailbox.Name, [record], null, cancellationToken).ConfigureAwait(false);
    }

    private static bool ShouldFlag(MessageRecord record) => VerdictNames.FromWire(record.Verdict)?.IsFlagged() == true;

    private sealed class Item(FetchedMessage fetched, string key)
    {
        public FetchedMessage Fetched { get; } = fetched;

        public string Key { get; } = key;

        public MessageRecord? Record { get; set; }

        public MessageJudgement? Judgement { get; set; }
    }
}

/// <summary>What every sync of this process shares: the date judgement uses and the reply signature.</summary>
internal sealed record SyncSettings(DateOnly Today, string? Signature);
