using System.Text.RegularExpressions;
using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Infrastructure.Time;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace MailScope.Worker.Sync;

/// <summary>
/// Finds a client's answer to a quote in a message being synced (contract: docs/engagements.md, "Quotes"): a
/// message from the quote's client (never from the provider) in the quote's thread — its In-Reply-To or
/// References naming the message the quote answered or the reply that carried it, or the quote number in
/// its subject or new text — whose new text accepts or declines. The decision is recorded once, whoever
/// (or however many workers) reads the message.
/// </summary>
internal sealed partial class QuoteAnswers(ScopeJudge judge, IQuoteBook quotes, QuoteDecisions decisions, TimeProvider time, ILogger<QuoteAnswers> logger)
{
    /// <summary>Records what <paramref name="message"/> says about its thread's quotes; returns its answer (none when it answers no quote).</summary>
    public async Task<QuoteAnswer> RecordAsync(string mailbox, string messageKey, MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var from = message.From.Mailboxes.FirstOrDefault()?.Address;
        if (from is null || string.Equals(from, judge.Book.Provider.Email, StringComparison.OrdinalIgnoreCase) || judge.FindClient(from) is not { } client)
        {
            return QuoteAnswer.None;
        }

        var cited = message.References.Append(message.InReplyTo).OfType<string>().ToList();
        var named = QuoteNumber().Matches(message.Subject ?? string.Empty).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        if (cited.Count == 0 && named.Count == 0 && !QuoteNumber().IsMatch(message.TextBody ?? message.HtmlBody ?? string.Empty))
        {
            return QuoteAnswer.None; // not in any quote's thread: no store lookups for ordinary mail
        }

        var answer = QuoteAnswerReader.Read(message.TextBody, message.HtmlBody);
        if (answer == QuoteAnswer.None)
        {
            return answer;
        }

        var inThread = (await quotes.FindByMessageIdsAsync(cited, cancellationToken).ConfigureAwait(false)).ToList();
        foreach (var number in named.Concat(NumbersInNewText(message)).Distinct(StringComparer.Ordinal))
        {
            if (await quotes.GetAsync(number, cancellationToken).ConfigureAwait(false) is { } quote)
            {
                inThread.Add(quote);
            }
        }

        // The newest open quote of this client in the thread is the one answered; a quote named outright wins.
        var target = inThread.Where(q => q.ClientId == client.Id)
            .OrderByDescending(q => named.Contains(q.Number))
            .ThenByDescending(q => q.Status == QuoteStatus.Drafted)
            .ThenByDescending(q => q.Created).ThenByDescending(q => q.Number, StringComparer.Ordinal)
            .FirstOrDefault();
        if (target is null)
        {
            return QuoteAnswer.None;
        }

        var status = answer == QuoteAnswer.Accept ? QuoteStatus.Accepted : QuoteStatus.Declined;
        var decision = await decisions.DecideAsync(target.Number, status, time.Today(), time.GetUtcNow(), messageKey, LedgerSource.Mail, cancellationToken).ConfigureAwait(false);
        Decided(logger, mailbox, target.Number, status, decision.Outcome, messageKey);
        return answer;
    }

    private static IEnumerable<string> NumbersInNewText(MimeMessage message) =>
        QuoteNumber().Matches(QuoteAnswerReader.NewText(message.TextBody, message.HtmlBody)).Select(m => m.Value);

    [GeneratedRegex(@"\b(?:UQ|CO)-\d{4}-\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteNumber();

    [LoggerMessage(EventId = 1040, Level = LogLevel.Information, Message = "{Mailbox}: quote {Number} answered ({Status}: {Outcome}) by {MessageKey}")]
    private static partial void Decided(ILogger logger, string mailbox, string number, QuoteStatus status, DecisionOutcome outcome, string messageKey);
}
