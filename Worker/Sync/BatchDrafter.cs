using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Infrastructure.Storage;
using MailScope.Core.Offers;
using MailScope.Core.Sync;
using MailScope.Templates.Drafting;
using MailScope.Infrastructure.Configuration;
using MailScope.Worker.Drafting;
using MailScope.Infrastructure.MailReading;
using MailScope.Infrastructure.Time;
using MailScope.Worker.Mailboxes;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace MailScope.Worker.Sync;

/// <summary>A flagged message that needs a draft reply, with what is known about it.</summary>
internal sealed record DraftCandidate(MimeMessage Original, MessageRecord Record, MessageJudgement? Judgement)
{
    /// <summary>Whether a sync that died may have saved its draft already: then Drafts is searched first.</summary>
    public bool MayBeSaved { get; init; }
}

/// <summary>
/// Drafts the replies of one batch: all are rendered first, recorded as pending in one transaction, saved
/// to Drafts together (one MULTIAPPEND on IMAP) and recorded as done in one transaction. A crash between
/// the two records leaves pending ones, which the next sync looks for in Drafts before drafting again.
/// </summary>
internal sealed class BatchDrafter(
    ScopeJudge judge, Lazy<ReplyDrafter> drafter, ISyncStore store, AgreementSnapshots agreements, ILedger ledger, SyncSettings settings, TimeProvider time,
    ILogger<BatchDrafter> logger)
{
    /// <summary>Drafts (each with its PDF) held in memory at once before they are saved.</summary>
    private const int ChunkSize = 25;

    /// <summary>Drafts what is wanted; returns how many drafts were saved.</summary>
    public async Task<int> DraftAsync(MailboxOptions mailbox, IMailboxSession session, IReadOnlyList<DraftCandidate> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(candidates);
        var saved = 0;
        var ceiling = new HeapCeiling();
        foreach (var chunk in candidates.Chunk(ChunkSize))
        {
            saved += await DraftChunkAsync(mailbox, session, chunk, cancellationToken).ConfigureAwait(false);
            ceiling.Enforce();
        }

        return saved;
    }

    /// <summary>The answer configured for the verdict (MailScope:Drafting:Answer), or the best paid path when none is or it does not apply.</summary>
    private async Task<DraftedReply> DraftAnswerAsync(InboundMessage inbound, MessageJudgement judgement, DateOnly today, AgreementSnapshot agreed, CancellationToken cancellationToken)
    {
        if (settings.Answers.For(judgement.Verdict) is { } kind)
        {
            try
            {
                return await drafter.Value.DraftAsync(inbound, judgement, today, kind, null, settings.Signature, agreed, cancellationToken).ConfigureAwait(false);
            }
            catch (OfferException)
            {
                // That answer does not fit this message (no larger package, say): the best one that does.
            }
        }

        return await drafter.Value.DraftAsync(inbound, judgement, today, null, null, settings.Signature, agreed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records goodwill once per message: a draft made again after a crash finds the entry already there.</summary>
    private async Task RecordGoodwillAsync(LedgerEntry goodwill, CancellationToken cancellationToken)
    {
        var existing = await ledger.ListAsync(goodwill.ClientId, cancellationToken).ConfigureAwait(false);
        if (!existing.Any(e => e.Kind == LedgerKind.Goodwill && e.MessageKey == goodwill.MessageKey))
        {
            await ledger.AddAsync(goodwill, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<int> DraftChunkAsync(MailboxOptions mailbox, IMailboxSession session, DraftCandidate[] candidates, CancellationToken cancellationToken)
    {
        var settled = new List<MessageRecord>();
        var ready = new List<(MessageRecord Record, MimeMessage Reply, string Offer, string Subject, string Preview)>();
        var today = time.Today();
        var agreed = await agreements.LoadAsync(cancellationToken).ConfigureAwait(false);
        foreach (var candidate in candidates)
        {
            var (original, record, judgement) = candidate;
            if (record.Draft == DraftState.Pending && candidate.MayBeSaved && await session.FindDraftAsync(record.MessageKey, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                SyncLog.DraftFound(logger, mailbox.Name, record.MessageKey);
                settled.Add(record with { Draft = DraftState.Done, DraftReference = existing });
                continue;
            }

            var inbound = MimeMessageReader.ToInbound(original);
            try
            {
                var judged = judgement ?? judge.Judge(inbound, today, agreed);
                var reply = await DraftAnswerAsync(inbound, judged, today, agreed, cancellationToken).ConfigureAwait(false);
                if (reply.Goodwill is { } goodwill)
                {
                    await RecordGoodwillAsync(goodwill with { MessageKey = record.MessageKey }, cancellationToken).ConfigureAwait(false);
                }

                var message = ReplyMessage.Build(original, reply, judge.Book.Provider.Name, judge.Book.Provider.Email, time.GetLocalNow());
                message.Headers.Add(DraftMarker.Header, record.MessageKey);
                ready.Add((record, message, reply.Offer.Kind.ToWire(), original.Subject ?? string.Empty, reply.Text.Length > 4000 ? reply.Text[..4000] + "…" : reply.Text));
            }
            catch (OfferException ex)
            {
                SyncLog.NoDraft(logger, mailbox.Name, original.Subject ?? string.Empty, ex.Message);
                settled.Add(record with { Draft = DraftState.NotPossible, DraftReference = ex.Message });
            }
        }

        // Pending before the drafts are saved: a crash after saving leaves a trail the next sync follows.
        await store.SaveAsync(mailbox.Name, [.. settled, .. ready.Select(r => r.Record with { Draft = DraftState.Pending })], null, cancellationToken).ConfigureAwait(false);
        if (ready.Count == 0)
        {
            return 0;
        }

        var references = await session.SaveDraftsAsync([.. ready.Select(r => r.Reply)], cancellationToken).ConfigureAwait(false);
        await store.SaveAsync(mailbox.Name, [.. ready.Select((r, i) => r.Record with { Draft = DraftState.Done, DraftReference = references[i], ReplyPreview = r.Preview })], null, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < ready.Count; i++)
        {
            SyncLog.Drafted(logger, mailbox.Name, ready[i].Offer, ready[i].Subject, references[i]);
        }

        return ready.Count;
    }
}
