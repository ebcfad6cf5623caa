using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;
using MailScope.Templates.Quotes;
using MailScope.Templates.Rendering;

namespace MailScope.Templates.Drafting;

/// <summary>
/// Drafts the reply to a flagged message: picks the offer, renders the reply templates and, for a priced
/// offer, numbers and renders the quote PDF. Everything is rendered once with a placeholder number before
/// a number is taken, so a template error never burns a number or yields a half-made reply.
/// </summary>
public sealed class ReplyDrafter(ScopeBook book, TemplateSet templates, IQuoteNumbers numbers, IQuoteBook? quotes = null)
{
    /// <summary>How long a quote stays valid.</summary>
    public const int ValidDays = 30;

    private readonly OfferPlanner _planner = new(book);

    /// <exception cref="OfferException">The message is not flagged or the offer does not apply.</exception>
    /// <exception cref="TemplateException">A template fails.</exception>
    public Task<DraftedReply> DraftAsync(
        InboundMessage message, MessageJudgement judgement, DateOnly today, OfferKind? kind, decimal? hours, string? signature, CancellationToken cancellationToken) =>
        DraftAsync(message, judgement, today, kind, hours, signature, AgreementSnapshot.Empty, cancellationToken);

    /// <summary>Drafts with the client's usage, packages and price paid from the book plus <paramref name="agreements"/> (ledger and accepted quotes).</summary>
    /// <exception cref="OfferException">The message is not flagged or the offer does not apply.</exception>
    /// <exception cref="TemplateException">A template fails.</exception>
    public async Task<DraftedReply> DraftAsync(
        InboundMessage message, MessageJudgement judgement, DateOnly today, OfferKind? kind, decimal? hours, string? signature, AgreementSnapshot agreements,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(judgement);
        ArgumentNullException.ThrowIfNull(agreements);
        var offer = _planner.Choose(judgement, today, kind, hours, agreements);
        var client = AgreementBuilder.Build(book, book.Clients.First(c => c.Id == judgement.ClientId), agreements,
            message.Date is { } sent ? DateOnly.FromDateTime(sent.UtcDateTime) : today);
        var placeholder = offer.HasQuote ? new QuoteInfo(offer.Kind == OfferKind.Upgrade ? "UQ-0000-0000" : "CO-0000-0000", today, today.AddDays(ValidDays)) : null;
        Render(message, judgement, offer, client, placeholder, signature, cancellationToken);

        var quote = offer.HasQuote
            ? new QuoteInfo(await numbers.NextAsync(offer.Kind, today, cancellationToken).ConfigureAwait(false), today, today.AddDays(ValidDays))
            : null;
        var (text, html, document) = Render(message, judgement, offer, client, quote, signature, cancellationToken);
        var attachment = quote is null ? null : new Attachment($"{quote.Number}.pdf", "application/pdf", QuotePdf.Write(document!, $"{quote.Number} for {client.Client.Name}"));
        var messageId = NewMessageId(book.Provider.Email);
        var kept = quote is null ? null : Keep(offer, client.Client, quote, message.MessageId, messageId);
        if (kept is not null && quotes is not null)
        {
            // Kept as soon as it is numbered: every number issued is in the book, even if the reply is never saved.
            await quotes.SaveAsync(kept, cancellationToken).ConfigureAwait(false);
        }

        var goodwill = offer.Courtesy is { } c
            ? new LedgerEntry(client.Client.Id, c.ItemId, c.Units, today, LedgerKind.Goodwill, LedgerSource.Mail)
            {
                Value = c.Value,
                Note = $"goodwill: {string.Join(" / ", judgement.Requests.Where(r => r.Verdict.IsFlagged()).Select(r => r.Text))}",
            }
            : null;
        return new DraftedReply(offer, ReplySubject(message.Subject), text, html, attachment) { MessageId = messageId, KeptQuote = kept, Goodwill = goodwill };
    }

    private static StoredQuote Keep(Offer offer, Client client, QuoteInfo quote, string? answered, string reply) =>
        new(quote.Number, client.Id, offer.Kind, offer.Lines, offer.Total ?? 0m, offer.Currency, quote.Date, quote.ValidUntil, QuoteStatus.Drafted)
        {
            // A change order has no id of its own: its target is the deliverable its lines add to.
            TargetId = offer.Id ?? offer.Lines.Select(l => l.ItemId).FirstOrDefault(i => i is not null),
            AnsweredMessageId = MessageIds.Normalize(answered),
            ReplyMessageId = reply,
        };

    /// <summary>A fresh Message-ID on the provider's domain, so the reply can be found from the client's answer.</summary>
    public static string NewMessageId(string providerEmail)
    {
        var at = providerEmail?.LastIndexOf('@') ?? -1;
        var domain = at >= 0 && at < providerEmail!.Length - 1 ? providerEmail[(at + 1)..] : "mailscope.local";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Guid.NewGuid():N}.mailscope@{domain}");
    }

    /// <summary>Template loops leave blank lines behind; a plain-text reply keeps at most one in a row.</summary>
    private static string TidyText(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), @"\n[ \t]*(\n[ \t]*)+\n", "\n\n").Trim() + "\n";

    public static string ReplySubject(string subject) =>
        subject.StartsWith("re:", StringComparison.OrdinalIgnoreCase) ? subject : $"Re: {subject}".TrimEnd();

    private (string Text, string Html, string? Document) Render(
        InboundMessage message, MessageJudgement judgement, Offer offer, Agreement client, QuoteInfo? quote, string? signature, CancellationToken cancellationToken)
    {
        var model = ReplyModel.Build(book, client, message, judgement, offer, quote, signature);
        var kind = offer.Kind.ToWire();
        var text = TidyText(templates.Render($"{kind}.txt.scriban", model, html: false, cancellationToken));
        var html = templates.Render($"{kind}.html.scriban", model, html: true, cancellationToken);
        var document = quote is null ? null : templates.Render("quote.txt.scriban", model, html: false, cancellationToken);
        return (text, html, document);
    }
}
