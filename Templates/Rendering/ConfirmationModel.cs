using System.Globalization;
using MailScope.Core.Agreements;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;

namespace MailScope.Templates.Rendering;

/// <summary>
/// The model of a confirmation reply and its amended-agreement PDF (documented in docs/templates.md): the
/// accepted quote, and the effective agreement after it — packages, retainer, each deliverable's quantity,
/// delivered and outstanding this period, purchased extras, and every amendment with its quote number.
/// </summary>
public static class ConfirmationModel
{
    /// <summary>The model for <paramref name="quote"/>, accepted, and <paramref name="agreement"/>, the client's agreement with it.</summary>
    public static IReadOnlyDictionary<string, object?> Build(ScopeBook book, Agreement agreement, StoredQuote quote, string? signature)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(quote);
        var currency = book.Provider.Currency;
        string Money(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"{amount:N2} {currency}");
        static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var client = agreement.Client;
        var paid = agreement.PricePaid ?? agreement.Packages.Sum(p => p.Price);

        return new Dictionary<string, object?>
        {
            ["provider"] = Map(("name", book.Provider.Name), ("email", book.Provider.Email), ("currency", currency)),
            ["client"] = Map(
                ("id", client.Id),
                ("name", client.Name),
                ("first_name", client.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? client.Name)),
            ["quote"] = Map(
                ("number", quote.Number), ("kind", quote.Kind.ToWire()), ("total", quote.Total), ("total_text", Money(quote.Total)),
                ("target", TargetName(book, quote.TargetId)),
                ("lines", quote.Lines.Select(l => Map(("description", l.Description), ("quantity", l.Quantity), ("amount_text", Money(l.Amount)))).ToList()),
                ("created", Date(quote.Created))),
            ["agreement"] = Map(
                ("date", Date(agreement.AsOf)),
                ("name", agreement.Name),
                ("packages", agreement.Packages.Select(p => Map(("id", p.Id), ("name", p.Name))).ToList()),
                ("retainer", agreement.Retainer is { } r ? Map(("id", r.Id), ("name", r.Name), ("start", agreement.RetainerStart is { } s ? Date(s) : string.Empty)) : null),
                ("price_paid", paid), ("price_paid_text", Money(paid)),
                ("deliverables", agreement.Deliverables.Select(d => Map(("id", d.Id), ("name", d.Name), ("quantity", d.Quantity), ("delivered", d.Used),
                    ("outstanding", d.Left), ("extra", d.Purchased))).ToList()),
                ("extras", agreement.Items.Where(i => i.Kind == AgreedItemKind.PurchasedAddOn).Select(i => Map(("id", i.Id), ("name", i.Name),
                    ("units", i.Quantity), ("delivered", i.Used), ("outstanding", i.Left))).ToList()),
                ("amendments", agreement.Amendments.Select(a => Map(("number", a.QuoteNumber), ("kind", a.Kind.ToWire()), ("date", Date(a.DecidedOn)),
                    ("summary", a.Summary))).ToList())),
            ["signature"] = signature,
        };
    }

    private static string? TargetName(ScopeBook book, string? id) => id is null ? null
        : book.FindPackage(id)?.Name ?? book.AddOns.FirstOrDefault(a => a.Id == id)?.Name ?? book.FindRetainer(id)?.Name ?? id;

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
