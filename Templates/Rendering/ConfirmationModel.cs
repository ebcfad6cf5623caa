using System.Globalization;
using MailScope.Core.Agreements;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;

namespace MailScope.Templates.Rendering;

/// <summary>
/// The model of a confirmation reply and its amended-agreement PDF (documented in docs/templates.md): the
/// accepted quote, and what the client has now — packages, each deliverable's quantity, delivered and
/// outstanding, extra units bought, and every accepted amendment with its quote number and total.
/// </summary>
public static class ConfirmationModel
{
    /// <summary>The model for <paramref name="quote"/>; <paramref name="accepted"/> is every accepted quote of the client, it among them.</summary>
    public static IReadOnlyDictionary<string, object?> Build(
        ScopeBook book, Client client, StoredQuote quote, IReadOnlyList<StoredQuote> accepted, DateOnly today, string? signature)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(accepted);
        var currency = book.Provider.Currency;
        string Money(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"{amount:N2} {currency}");
        static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // An accepted upgrade moves the client to its target; another package is added beside the current one.
        var current = book.FindPackage(client.PackageId);
        var upgrade = accepted.Where(q => q.Kind == OfferKind.Upgrade).OrderBy(q => q.DecidedAt).LastOrDefault();
        var packages = new List<Package>();
        if ((upgrade?.TargetId is { } target ? book.FindPackage(target) : current) is { } main)
        {
            packages.Add(main);
        }

        packages.AddRange(accepted.Where(q => q.Kind == OfferKind.Package).Select(q => q.TargetId is { } id ? book.FindPackage(id) : null).OfType<Package>()
            .Where(p => packages.All(have => have.Id != p.Id)));
        var paid = (client.PricePaid ?? current?.Price ?? 0m) + (upgrade?.Total ?? 0m);
        var purchased = accepted.Where(q => q.Kind is OfferKind.AddOn or OfferKind.ChangeOrder)
            .SelectMany(q => q.Lines.Where(l => l.ItemId is not null).Select(l => (Item: l.ItemId!, Units: l.Units ?? (int)Math.Ceiling(l.Quantity))))
            .GroupBy(p => p.Item, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.Units), StringComparer.Ordinal);

        var deliverables = packages.SelectMany(p => p.Deliverables).DistinctBy(d => d.Id).Select(d =>
        {
            var quantity = d.Quantity + purchased.GetValueOrDefault(d.Id);
            var used = client.UsedOf(d.Id);
            return Map(("id", d.Id), ("name", d.Name), ("quantity", quantity), ("delivered", used),
                ("outstanding", quantity is { } q ? Math.Max(0, q - used) : null), ("extra", purchased.GetValueOrDefault(d.Id)));
        }).ToList();
        var extras = purchased.Where(p => packages.All(pk => pk.FindDeliverable(p.Key) is null)).Select(p => Map(
            ("id", p.Key), ("name", book.AddOns.FirstOrDefault(a => a.Id == p.Key)?.Name ?? p.Key), ("units", p.Value))).ToList();

        return new Dictionary<string, object?>
        {
            ["provider"] = Map(("name", book.Provider.Name), ("email", book.Provider.Email), ("currency", currency)),
            ["client"] = Map(
                ("id", client.Id),
                ("name", client.Name),
                ("first_name", client.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? client.Name)),
            ["quote"] = Map(
                ("number", quote.Number), ("kind", quote.Kind.ToWire()), ("total", quote.Total), ("total_text", Money(quote.Total)),
                ("target", quote.TargetId is { } t ? book.FindPackage(t)?.Name ?? book.AddOns.FirstOrDefault(a => a.Id == t)?.Name ?? book.Retainers.FirstOrDefault(r => r.Id == t)?.Name ?? t : null),
                ("lines", quote.Lines.Select(l => Map(("description", l.Description), ("quantity", l.Quantity), ("amount_text", Money(l.Amount)))).ToList()),
                ("created", Date(quote.Created))),
            ["agreement"] = Map(
                ("date", Date(today)),
                ("packages", packages.Select(p => Map(("id", p.Id), ("name", p.Name))).ToList()),
                ("price_paid", paid), ("price_paid_text", Money(paid)),
                ("deliverables", deliverables),
                ("extras", extras),
                ("amendments", accepted.OrderBy(q => q.DecidedAt).Select(q => Map(
                    ("number", q.Number), ("kind", q.Kind.ToWire()), ("total_text", Money(q.Total)),
                    ("date", q.DecidedAt is { } at ? Date(DateOnly.FromDateTime(at.UtcDateTime)) : Date(q.Created)))).ToList())),
            ["signature"] = signature,
        };
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
