using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Storage;
using MailScope.Infrastructure.Time;
using MailScope.Templates.Drafting;
using MailScope.Templates.Rendering;
using MailScope.Worker.Drafting;
using MailScope.Worker.Mailboxes;
using Microsoft.Extensions.Logging;

namespace MailScope.Worker.Sync;

/// <summary>
/// Drafts the confirmation of each quote a client accepted by mail, in the thread of their answer, with the
/// amended agreement as a PDF: exactly once per quote. The quote owes it from the moment it is accepted
/// (kept with the quote in the store); it is marked pending before the draft is saved and done after, and a
/// pending one is looked for in Drafts first, so a worker killed anywhere in between never drafts it twice.
/// </summary>
internal sealed partial class QuoteConfirmer(
    ScopeJudge judge, Lazy<ConfirmationDrafter> drafter, AgreementSnapshots agreements, IQuoteConfirmations confirmations, SyncSettings settings, TimeProvider time,
    ILogger<QuoteConfirmer> logger)
{
    /// <summary>The marker a confirmation draft carries instead of the answered message's key.</summary>
    public static string MarkerOf(string quoteNumber) => "quote-confirmation:" + quoteNumber;

    /// <summary>Drafts every confirmation owed in the mailbox; returns how many were saved.</summary>
    public async Task<int> ConfirmOwedAsync(MailboxOptions mailbox, IMailboxSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(session);
        var saved = 0;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var owed = (await confirmations.ListOwedConfirmationsAsync(mailbox.Name, 50, cancellationToken).ConfigureAwait(false)).Where(o => tried.Add(o.Quote.Number)).ToList();
            if (owed.Count == 0)
            {
                return saved;
            }

            var fetched = (await session.FetchAsync([.. owed.Select(o => o.SourceId).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false))
                .Where(f => f.Message is not null).GroupBy(f => f.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Message!, StringComparer.Ordinal);
            foreach (var item in owed)
            {
                saved += await ConfirmAsync(mailbox, session, item, fetched, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<int> ConfirmAsync(MailboxOptions mailbox, IMailboxSession session, OwedConfirmation item, Dictionary<string, MimeKit.MimeMessage> fetched, CancellationToken cancellationToken)
    {
        var marker = MarkerOf(item.Quote.Number);
        if (item.State == ConfirmationState.Pending && await session.FindDraftAsync(marker, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            await confirmations.MarkConfirmationAsync(item.Quote.Number, ConfirmationState.Done, existing, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        if (!fetched.TryGetValue(item.SourceId, out var answer) || MessageKeys.Of(answer) != item.MessageKey)
        {
            await confirmations.MarkConfirmationAsync(item.Quote.Number, ConfirmationState.NotPossible, "the client's answer is no longer in the mailbox", cancellationToken).ConfigureAwait(false);
            return 0;
        }

        DraftedConfirmation confirmation;
        try
        {
            var agreed = await agreements.LoadAsync(cancellationToken).ConfigureAwait(false);
            confirmation = drafter.Value.Draft(item.Quote, agreed, answer.Subject ?? string.Empty, time.Today(), settings.Signature, cancellationToken);
        }
        catch (TemplateException ex)
        {
            NotConfirmed(logger, mailbox.Name, item.Quote.Number, ex.Message);
            await confirmations.MarkConfirmationAsync(item.Quote.Number, ConfirmationState.NotPossible, ex.Message, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var message = ReplyMessage.Build(answer, confirmation.Subject, confirmation.Text, confirmation.Html, confirmation.Agreement, confirmation.MessageId,
            judge.Book.Provider.Name, judge.Book.Provider.Email, time.GetLocalNow());
        message.Headers.Add(DraftMarker.Header, marker);
        message.Headers.Add(DraftMarker.AnswersHeader, item.MessageKey);
        await confirmations.MarkConfirmationAsync(item.Quote.Number, ConfirmationState.Pending, null, cancellationToken).ConfigureAwait(false);
        var reference = (await session.SaveDraftsAsync([message], cancellationToken).ConfigureAwait(false))[0];
        await confirmations.MarkConfirmationAsync(item.Quote.Number, ConfirmationState.Done, reference, cancellationToken).ConfigureAwait(false);
        Confirmed(logger, mailbox.Name, item.Quote.Number, reference);
        return 1;
    }

    [LoggerMessage(EventId = 1041, Level = LogLevel.Information, Message = "{Mailbox}: drafted the confirmation of quote {Number} in {Reference}")]
    private static partial void Confirmed(ILogger logger, string mailbox, string number, string reference);

    [LoggerMessage(EventId = 1042, Level = LogLevel.Warning, Message = "{Mailbox}: no confirmation for quote {Number}: {Reason}")]
    private static partial void NotConfirmed(ILogger logger, string mailbox, string number, string reason);
}
