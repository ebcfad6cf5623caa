using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Learning;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Adjudication;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.MailReading;
using MailScope.Infrastructure.Storage;
using MailScope.Infrastructure.Time;
using MailScope.Worker.Mailboxes;
using Microsoft.Extensions.Logging;

namespace MailScope.Worker.Sync;

/// <summary>
/// One sync of one mailbox: read what is new, judge it, flag the creep, draft replies, and record each
/// step so that running it again, or after a crash, never repeats a flag or a draft and never skips a
/// message. The checkpoint moves only after a batch is wholly recorded.
/// </summary>
internal sealed class MailboxSyncer(
    ScopeJudge judge, SecondOpinion secondOpinion, BatchDrafter drafts, ISyncStore store, ICorrectionStore corrections, AgreementSnapshots agreements,
    MailboxSessionFactory sessions, QuoteAnswers quoteAnswers, QuoteConfirmer confirmer, QuoteDecisions quoteDecisions, TimeProvider time,
    ILogger<MailboxSyncer> logger, Digest.WeeklyDigest digest)
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
            // The user's corrections so far: asks like a corrected one are judged as corrected.
            var memory = new CorrectionMemory(await corrections.ListCorrectionsAsync(cancellationToken).ConfigureAwait(false), embedder: judge.Embedder);
            // Judging a batch (CPU, every core) overlaps fetching the next one (network); flags and drafts
            // go out after both, so the one connection is never used by two things at once.
            var batches = session.ReadNewAsync(checkpoint, mailbox.BatchSize, cancellationToken).GetAsyncEnumerator(cancellationToken);
            // A batch's last store write (its records and checkpoint, or with drafts on its checkpoint) overlaps the
            // next batch's fetch and judging; it is awaited before the next batch is applied, so checkpoints still
            // move in order and only past batches wholly recorded.
            var recording = Task.CompletedTask;
            var ceiling = new HeapCeiling();
            try
            {
                await using (batches.ConfigureAwait(false))
                {
                    var more = await batches.MoveNextAsync().ConfigureAwait(false);
                    while (more)
                    {
                        var batch = batches.Current;
                        var judging = Task.Run(() => JudgeAsync(mailbox, batch, memory, cancellationToken), cancellationToken);
                        try
                        {
                            more = await batches.MoveNextAsync().ConfigureAwait(false);
                        }
                        finally
                        {
                            // Never leave the judging task running on its own when the fetch fails.
                            await Task.WhenAny(judging).ConfigureAwait(false);
                        }

                        var judged = await judging.ConfigureAwait(false);
                        await recording.ConfigureAwait(false);
                        var (applied, recorded) = await ApplyAsync(mailbox, session, batch, judged, cancellationToken).ConfigureAwait(false);
                        recording = recorded;
                        counts = counts.Add(applied);
                        SyncLog.Progress(logger, mailbox.Name, counts.Judged + counts.Skipped, counts.Flagged, counts.Drafted);
                        ceiling.Enforce();
                    }
                }
            }
            finally
            {
                // Never leave a store write running on its own when the read fails; its own failure is reported below.
                await Task.WhenAny(recording).ConfigureAwait(false);
                _ = recording.Exception;
            }

            await recording.ConfigureAwait(false);

            if (mailbox.CreateDrafts)
            {
                // Drafts a dead sync owed (by this worker or another): after the read, which re-reads whatever
                // the checkpoint had not passed, so only what is beyond it is fetched again here.
                counts = counts with { Drafted = counts.Drafted + await FinishOwedDraftsAsync(mailbox, session, cancellationToken).ConfigureAwait(false) };
                // Confirmations of quotes accepted in this sync or owed by one that died: one per accepted quote.
                counts = counts with { Drafted = counts.Drafted + await confirmer.ConfirmOwedAsync(mailbox, session, cancellationToken).ConfigureAwait(false) };
            }

            // Quotes past their valid_until show as expired from this sync on, answered or not.
            await quoteDecisions.ExpireAsync(time.Today(), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);

            if (digest.IsFor(mailbox))
            {
                // After the week's mail is judged, so the digest counts it; drafted once per week (claimed in the store).
                await digest.DraftIfDueAsync(mailbox, session, cancellationToken).ConfigureAwait(false);
            }

            counts = counts with { Fetched = session.Counters.Fetched, RoundTrips = session.Counters.Commands };
            await store.FinishRunAsync(runId, counts, null, CancellationToken.None).ConfigureAwait(false);
            SyncLog.Finished(logger, mailbox.Name, counts.Fetched, counts.Judged, counts.Flagged, counts.Drafted, counts.Skipped, counts.RoundTrips);
            return counts;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped (Ctrl+C, job cancelled): the run is closed; the next sync resumes from the last whole batch.
            await RecordEndAsync(mailbox, runId, counts, "stopped before the end; resumes from the last whole batch").ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            var reason = Describe(ex);
            SyncLog.Failed(logger, mailbox.Name, reason);
            await RecordEndAsync(mailbox, runId, counts, reason).ConfigureAwait(false);
            throw ex as MailboxException ?? new MailboxException(mailbox.Name, reason, ex);
        }
    }

    /// <summary>
    /// Closes the run in the store. When the store is what failed (a database restarting, a full disk), that
    /// write fails too: the run then stays open in the store, and the reason the sync ended is still what is
    /// reported, instead of the store's second error escaping as a crash.
    /// </summary>
    private async Task RecordEndAsync(MailboxOptions mailbox, long runId, SyncCounts counts, string failure)
    {
        try
        {
            await store.FinishRunAsync(runId, counts, failure, CancellationToken.None).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException ex)
        {
            SyncLog.NotRecorded(logger, mailbox.Name, ex.Message);
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        MailboxException => ex.Message,
        System.Data.Common.DbException => $"the store failed ({ex.Message})",
        System.Net.Sockets.SocketException or IOException => $"the server could not be reached or dropped the connection ({ex.Message})",
        MailKit.Security.AuthenticationException => $"the server refused the credentials ({ex.Message})",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    /// <summary>Looks up what is already known and judges the rest, in parallel: no mailbox I/O.</summary>
    private async Task<JudgedBatch> JudgeAsync(MailboxOptions mailbox, FetchedBatch batch, CorrectionMemory memory, CancellationToken cancellationToken)
    {
        var items = batch.Messages
            .Select(m => new Item(m, m.Message is null ? MessageKeys.OfUnreadable(m.SourceId) : MessageKeys.Of(m.Message)))
            .DistinctBy(i => i.Key)
            .ToList();
        var known = await store.GetRecordsAsync(mailbox.Name, [.. items.Select(i => i.Key)], cancellationToken).ConfigureAwait(false);
        var fresh = items.Where(i => !known.ContainsKey(i.Key)).ToList();
        var today = time.Today(); // per batch: a long-running worker's "today" moves at midnight
        // Per batch too: what was delivered or bought since the last batch counts in this one's verdicts.
        var agreed = fresh.Count == 0 ? AgreementSnapshot.Empty : await agreements.LoadAsync(cancellationToken).ConfigureAwait(false);
        Parallel.ForEach(fresh, new ParallelOptions { CancellationToken = cancellationToken }, item =>
        {
            if (item.Fetched.Message is null)
            {
                item.Record = new MessageRecord(item.Key, item.Fetched.SourceId, "error", null, false, DraftState.None, item.Fetched.Error, time.GetUtcNow());
                return;
            }

            try
            {
                item.Judgement = memory.Apply(judge.Judge(MimeMessageReader.ToInbound(item.Fetched.Message), today, agreed));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A body MimeKit parsed but cannot decode (a corrupt TNEF part, say) spoils this message only.
                item.Record = new MessageRecord(item.Key, item.Fetched.SourceId, "error", null, false, DraftState.None, $"cannot be decoded: {ex.Message}", time.GetUtcNow());
            }
        });
        if (secondOpinion.Enabled)
        {
            // The adjudicator is a remote service: asked one ask at a time, after the parallel local judging.
            foreach (var item in fresh.Where(i => i.Judgement is not null && i.Record is null))
            {
                item.Judgement = await secondOpinion.ApplyAsync(item.Judgement!, judge, agreed, today, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var item in fresh.Where(i => i.Judgement is not null && i.Record is null))
        {
            var message = item.Fetched.Message!;
            var judgement = item.Judgement!;
            item.Record = new MessageRecord(
                item.Key, item.Fetched.SourceId, judgement.Verdict.ToWire(), judgement.ClientId, false, DraftState.None, null, time.GetUtcNow())
            {
                Subject = message.Subject,
                Sender = message.From.Mailboxes.FirstOrDefault()?.Address,
                Evidence = judgement.Requests.Count > 0 ? EvidenceJson.Of(judgement) : null, // every ask, for the dashboard and insights
                ReceivedAt = message.Date == DateTimeOffset.MinValue ? null : message.Date,
                Asks = InsightAsks.Of(judgement),
            };
        }

        foreach (var item in items.Where(i => known.ContainsKey(i.Key)))
        {
            item.Record = known[item.Key];
        }

        return new JudgedBatch(items, known);
    }

    /// <summary>
    /// Flags, records and drafts what <see cref="JudgeAsync"/> decided; returns with the batch's last write (the
    /// checkpoint, with the records when drafts are off) still running, for the caller to await.
    /// </summary>
    private async Task<(SyncCounts Counts, Task Recorded)> ApplyAsync(MailboxOptions mailbox, IMailboxSession session, FetchedBatch batch, JudgedBatch judged, CancellationToken cancellationToken)
    {
        var (items, known) = judged;
        int judgedCount = items.Count - known.Count, skipped = known.Count, flagged = 0, drafted = 0;
        foreach (var item in items.Where(i => i.Record!.Verdict == "error" && !known.ContainsKey(i.Key)))
        {
            SyncLog.Unreadable(logger, mailbox.Name, item.Fetched.SourceId, item.Record!.DraftReference ?? "cannot be read");
        }

        if (batch.Dismissed.Count > 0)
        {
            // The user's word on a flag is final: noted for the dashboard, and the message is never flagged again.
            // Before this batch's flags go on, so a message flagged just now is not taken for one unflagged.
            var now = time.GetUtcNow();
            var undone = (await store.GetRecordsBySourceAsync(mailbox.Name, batch.Dismissed, cancellationToken).ConfigureAwait(false)).Where(r => r.Flagged && r.DismissedAt is null).ToList();
            var dismissed = await store.MarkDismissedAsync(mailbox.Name, batch.Dismissed, now, cancellationToken).ConfigureAwait(false);
            // A flag taken off says "not creep" about the asks that raised it: similar asks are judged so from now on.
            await corrections.AddCorrectionsAsync([.. undone.SelectMany(r => EvidenceJson.Asks(r.Evidence).Where(a => a.Verdict.IsFlagged())
                .Select(a => new Correction(a.Text, Verdict.InScope, null, r.ClientId, now, "dismissed")))], cancellationToken).ConfigureAwait(false);
            if (dismissed > 0)
            {
                SyncLog.Dismissed(logger, mailbox.Name, dismissed);
            }
        }

        // A client's answer to a quote is decided before its record is kept: if the sync dies in between, the
        // message is read again and the decision, already made, is found unchanged. The answer is not an ask.
        foreach (var item in items.Where(i => !known.ContainsKey(i.Key) && i.Fetched.Message is not null && i.Judgement is not null))
        {
            if (await quoteAnswers.RecordAsync(mailbox.Name, item.Key, item.Fetched.Message!, cancellationToken).ConfigureAwait(false) != QuoteAnswer.None)
            {
                item.Judgement = AnsweredJudgement.Without(item.Judgement!);
                item.Record = item.Record! with
                {
                    Verdict = item.Judgement.Verdict.ToWire(),
                    Evidence = item.Judgement.Requests.Count > 0 ? EvidenceJson.Of(item.Judgement) : null,
                };
            }
        }

        // Flag first, record after: if the sync dies in between, the next one adds the same flags again,
        // which leaves the message exactly as it is.
        var toFlag = items.Where(i => ShouldFlag(i.Record!) && !i.Record!.Flagged).ToList();
        await session.FlagAsync([.. toFlag.Select(i => i.Fetched.SourceId)], cancellationToken).ConfigureAwait(false);
        foreach (var item in toFlag)
        {
            // With drafts on, a flagged message owes a draft from the moment it is recorded: if the sync dies
            // before the draft is saved, any later sync finds it by that state.
            item.Record = item.Record! with { Flagged = true, Draft = mailbox.CreateDrafts && item.Record.Draft == DraftState.None ? DraftState.Pending : item.Record.Draft };
            flagged++;
            if (logger.IsEnabled(LogLevel.Information))
            {
                SyncLog.Flagged(logger, mailbox.Name, item.Fetched.Message?.Subject ?? string.Empty, item.Fetched.Message?.From.Mailboxes.FirstOrDefault()?.Address, item.Record.Verdict);
            }
        }

        List<MessageRecord> records = [.. items.Where(i => !known.ContainsKey(i.Key) || toFlag.Contains(i)).Select(i => i.Record!)];
        if (!mailbox.CreateDrafts)
        {
            // Nothing between recording and the checkpoint: one transaction for both. On a thread of its own, since
            // SQLite's async calls finish before they return: awaited later, the write would not overlap anything.
            return (new SyncCounts(0, judgedCount, flagged, drafted, skipped), Task.Run(() => store.SaveAsync(mailbox.Name, records, batch.Checkpoint, cancellationToken), cancellationToken));
        }

        await store.SaveAsync(mailbox.Name, records, null, cancellationToken).ConfigureAwait(false);
        // Only a record known before this sync can have a draft saved already (by a sync that died).
        var wanted = items.Where(i => i.Record!.Flagged && i.Record.Draft is DraftState.None or DraftState.Pending && i.Fetched.Message is not null)
            .Select(i => new DraftCandidate(i.Fetched.Message!, i.Record!, i.Judgement) { MayBeSaved = known.ContainsKey(i.Key) }).ToList();
        drafted = await drafts.DraftAsync(mailbox, session, wanted, cancellationToken).ConfigureAwait(false);

        return (new SyncCounts(0, judgedCount, flagged, drafted, skipped), store.SaveAsync(mailbox.Name, [], batch.Checkpoint, cancellationToken));
    }

    /// <summary>Finds the messages whose draft is still owed, reads them again and drafts them.</summary>
    private async Task<int> FinishOwedDraftsAsync(MailboxOptions mailbox, IMailboxSession session, CancellationToken cancellationToken)
    {
        var drafted = 0;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var owed = (await store.ListOwedDraftsAsync(mailbox.Name, OwedChunk, cancellationToken).ConfigureAwait(false)).Where(r => tried.Add(r.MessageKey)).ToList();
            if (owed.Count == 0)
            {
                return drafted;
            }

            SyncLog.FinishingDrafts(logger, mailbox.Name, owed.Count);
            var fetched = (await session.FetchAsync([.. owed.Select(r => r.SourceId).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false))
                .Where(f => f.Message is not null).GroupBy(f => f.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Message!, StringComparer.Ordinal);
            var candidates = new List<DraftCandidate>();
            var gone = new List<MessageRecord>();
            foreach (var record in owed)
            {
                // The source id must still name the same message (a new UIDVALIDITY reuses UIDs).
                if (fetched.TryGetValue(record.SourceId, out var message) && MessageKeys.Of(message) == record.MessageKey)
                {
                    candidates.Add(new DraftCandidate(message, record, null) { MayBeSaved = true });
                }
                else
                {
                    gone.Add(record with { Draft = DraftState.NotPossible, DraftReference = "the message is no longer in the mailbox" });
                }
            }

            await store.SaveAsync(mailbox.Name, gone, null, cancellationToken).ConfigureAwait(false);
            drafted += await drafts.DraftAsync(mailbox, session, candidates, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Owed drafts read again per round: bounds the memory of a large recovery.</summary>
    private const int OwedChunk = 100;

    private static bool ShouldFlag(MessageRecord record) => VerdictNames.FromWire(record.Verdict)?.IsFlagged() == true;

    private sealed record JudgedBatch(List<Item> Items, IReadOnlyDictionary<string, MessageRecord> Known);

    private sealed class Item(FetchedMessage fetched, string key)
    {
        public FetchedMessage Fetched { get; } = fetched;

        public string Key { get; } = key;

        public MessageRecord? Record { get; set; }

        public MessageJudgement? Judgement { get; set; }
    }
}

/// <summary>What every sync of this process shares: the reply signature and the answer drafted per verdict.</summary>
internal sealed record SyncSettings(string? Signature)
{
    public AnswerOptions Answers { get; init; } = new();
}
