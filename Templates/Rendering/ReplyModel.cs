using System.Globalization;
using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;

namespace MailScope.Templates.Rendering;

/// <summary>A numbered quote as the templates see it.</summary>
public sealed record QuoteInfo(string Number, DateOnly Date, DateOnly ValidUntil);

/// <summary>
/// Builds the template model (documented in docs/templates.md) from the book, the judged message and the
/// chosen offer: plain dictionaries and lists with snake_case keys, money already formatted.
/// </summary>
public static class ReplyModel
{
    public static IReadOnlyDictionary<string, object?> Build(
        ScopeBook book, Client client, InboundMessage message, MessageJudgement judgement, Offer offer, QuoteInfo? quote, string? signature)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(judgement);
        return Build(book, AgreementBuilder.Build(book, client, AgreementSnapshot.Empty, message?.Date is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : DateOnly.FromDateTime(DateTime.UtcNow)),
            message!, judgement, offer, quote, signature);
    }

    /// <summary>The model with the client's package, price paid and usage from the effective agreement (book + ledger + accepted quotes).</summary>
    public static IReadOnlyDictionary<string, object?> Build(
        ScopeBook book, Agreement agreement, InboundMessage message, MessageJudgement judgement, Offer offer, QuoteInfo? quote, string? signature)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(judgement);
        ArgumentNullException.ThrowIfNull(offer);
        var client = agreement.Client;
        // A client on a retainer alone has no package: the retainer stands in for it.
        var package = (agreement.Packages.Count > 0 ? agreement.Packages[0] : null)
            ?? (agreement.Retainer is { } r ? new Package(r.Id, r.Name, r.MonthlyPrice, r.Deliverables) : new Package(string.Empty, agreement.Name, 0, []));
        var currency = book.Provider.Currency;
        string Money(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"{amount:N2} {currency}");
        static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

        return new Dictionary<string, object?>
        {
            ["provider"] = Map(("name", book.Provider.Name), ("email", book.Provider.Email), ("currency", currency)),
            ["client"] = Map(
                ("id", client.Id),
                ("name", client.Name),
                ("first_name", client.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? client.Name),
                ("package", Map(("id", package.Id), ("name", package.Name), ("price", package.Price), ("price_text", Money(package.Price)))),
                ("price_paid", agreement.PricePaid ?? package.Price),
                ("start", Date(client.Start)),
                ("end", Date(client.End))),
            ["usage"] = agreement.Items.Select(d => Map(
                ("id", d.Id), ("name", d.Name), ("quantity", d.Quantity), ("used", d.Used), ("left", d.Left), ("unit", d.Unit))).ToList(),
            ["asks"] = judgement.Requests.Where(r => r.Verdict.IsFlagged()).Select(r => Map(
                ("text", r.Text), ("verdict", r.Verdict.ToWire()), ("cue", r.Cue), ("reason", r.Reason),
                ("match_kind", r.Match.Kind.ToString().ToLowerInvariant()), ("match_id", r.Match.Id), ("match_name", r.Match.Name))).ToList(),
            ["offer"] = Map(
                ("kind", offer.Kind.ToWire()),
                ("id", offer.Id),
                ("title", offer.Title),
                ("explanation", offer.Explanation),
                ("currency", currency),
                ("lines", offer.Lines.Select(l => Map(
                    ("description", l.Description), ("quantity", l.Quantity), ("unit_price", l.UnitPrice), ("unit_price_text", Money(l.UnitPrice)),
                    ("amount", l.Amount), ("amount_text", Money(l.Amount)))).ToList()),
                ("subtotal", offer.Subtotal), ("subtotal_text", Money(offer.Subtotal)),
                ("discount", offer.Discount), ("discount_text", Money(offer.Discount)), ("discount_percent", offer.DiscountPercent ?? 0m),
                ("total", offer.Total), ("total_text", offer.Total is { } t ? Money(t) : string.Empty),
                ("allowance", offer.Allowance),
                ("referral_email", offer.ReferralEmail),
                ("upgrade", offer.Upgrade.Select(u => Map(("deliverable", u.Deliverable), ("delivered", u.Delivered), ("outstanding", u.Outstanding))).ToList()),
                ("has_quote", offer.HasQuote),
                ("courtesy", offer.Courtesy is { } c ? Map(("item_id", c.ItemId), ("item_name", c.ItemName), ("units", c.Units), ("value", c.Value), ("value_text", Money(c.Value))) : null)),
            ["quote"] = quote is null ? null : Map(
                ("number", quote.Number),
                ("title", offer.Kind == OfferKind.Upgrade ? "Upgrade quote" : "Change order"),
                ("date", Date(quote.Date)),
                ("valid_until", Date(quote.ValidUntil)),
                ("agreement_date", Date(client.Start) is { Length: > 0 } start ? start : "our engagement")),
            ["message"] = Map(("subject", message.Subject), ("from", message.From), ("from_name", message.FromName), ("date", message.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            ["signature"] = signature,
        };
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
