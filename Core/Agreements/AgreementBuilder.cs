using System.Globalization;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Agreements;

/// <summary>
/// Builds a client's effective <see cref="Agreement"/> from the book, the client's ledger entries and accepted
/// quotes, as of a date (contract: docs/engagements.md). Pure and thread-safe.
/// </summary>
public static class AgreementBuilder
{
    /// <summary>The agreement of <paramref name="client"/> as of <paramref name="asOf"/>, with the snapshot's entries and quotes.</summary>
    public static Agreement Build(ScopeBook book, Client client, AgreementSnapshot snapshot, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(snapshot);
        return Build(book, client, snapshot.EntriesOf(client.Id), snapshot.AcceptedQuotesOf(client.Id), asOf);
    }

    /// <summary>
    /// The agreement of <paramref name="client"/> as of <paramref name="asOf"/>. Quotes that are not accepted
    /// are ignored; add-ons and change orders add nothing here: their units come from the ledger's
    /// <see cref="LedgerKind.Purchased"/> entries (written once per accepted quote line), so nothing counts twice.
    /// </summary>
    public static Agreement Build(ScopeBook book, Client client, IReadOnlyList<LedgerEntry> entries, IReadOnlyList<StoredQuote> quotes, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(quotes);

        var packages = client.PackageIds.Select(book.FindPackage).OfType<Package>().ToList();
        var retainer = book.FindRetainer(client.RetainerId);
        var retainerStart = retainer is null ? null : client.RetainerStart ?? client.Start;
        var pricePaid = client.PricePaid;
        var amendments = new List<Amendment>();
        foreach (var quote in quotes.Where(q => q.Status == QuoteStatus.Accepted && q.ClientId == client.Id)
                     .OrderBy(q => q.DecidedAt).ThenBy(q => q.Number, StringComparer.Ordinal))
        {
            var decided = DateOnly.FromDateTime((quote.DecidedAt ?? quote.Created.ToDateTime(TimeOnly.MinValue)).UtcDateTime);
            string summary;
            switch (quote.Kind)
            {
                case OfferKind.Upgrade when quote.TargetId is not null && book.FindPackage(quote.TargetId) is { } target:
                    // The upgrade replaces the package it upgrades (the first), keeps what was delivered (usage is by
                    // deliverable id), and the price paid grows by what the quote charged.
                    var from = packages.Count > 0 ? packages[0] : null;
                    pricePaid = (pricePaid ?? from?.Price ?? 0) + quote.Total;
                    packages.RemoveAll(p => p.Id == target.Id);
                    if (packages.Count > 0)
                    {
                        packages[0] = target;
                    }
                    else
                    {
                        packages.Add(target);
                    }

                    summary = $"upgraded {(from is null ? string.Empty : "from " + from.Name + " ")}to {target.Name}";
                    break;
                case OfferKind.Package when quote.TargetId is not null && book.FindPackage(quote.TargetId) is { } added:
                    if (packages.All(p => p.Id != added.Id))
                    {
                        packages.Add(added);
                    }

                    summary = $"added package {added.Name}";
                    break;
                case OfferKind.Retainer when quote.TargetId is not null && book.FindRetainer(quote.TargetId) is { } plan:
                    retainer = plan;
                    retainerStart = new DateOnly(decided.Year, decided.Month, 1).AddMonths(1);
                    summary = $"retainer {plan.Name} from {retainerStart.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
                    break;
                case OfferKind.AddOn or OfferKind.ChangeOrder:
                    var bought = entries.Where(e => e.Kind == LedgerKind.Purchased && e.QuoteNumber == quote.Number).ToList();
                    summary = bought.Count == 0
                        ? $"{quote.Kind.ToWire()} accepted"
                        : "bought " + string.Join(", ", bought.GroupBy(e => e.ItemId, StringComparer.Ordinal).Select(g => $"{g.Sum(e => e.Units)} × {g.Key}"));
                    break;
                default:
                    summary = $"{quote.Kind.ToWire()} accepted";
                    break;
            }

            amendments.Add(new Amendment(quote.Number, quote.Kind, quote.TargetId, decided, summary));
        }

        var agreement = new Agreement(client, asOf, packages, retainer, retainerStart, pricePaid, [], amendments);
        return agreement with { Items = Items(book, client, agreement, entries, asOf) };
    }

    private static List<AgreedItem> Items(ScopeBook book, Client client, Agreement agreement, IReadOnlyList<LedgerEntry> entries, DateOnly asOf)
    {
        var since = client.UsageSince;
        var owned = agreement.Packages.SelectMany(p => p.Deliverables.Select(d => (Deliverable: d, Kind: AgreedItemKind.PackageDeliverable, Owner: p.Id, OwnerName: p.Name)));
        if (agreement.RetainerActive)
        {
            owned = owned.Concat(agreement.Retainer!.Deliverables.Select(d => (Deliverable: d, Kind: AgreedItemKind.RetainerDeliverable, Owner: agreement.Retainer.Id, OwnerName: agreement.Retainer.Name)));
        }

        var items = new List<AgreedItem>();
        foreach (var (d, kind, owner, ownerName) in owned.DistinctBy(o => o.Deliverable.Id))
        {
            var (first, last) = d.Per.Containing(asOf);
            var purchased = Sum(entries, d.Id, first, last, null, LedgerKind.Purchased);
            var bookUsed = d.Per == QuantityPeriod.Engagement || since is not { } s || (s >= first && s <= last) ? client.UsedOf(d.Id) : 0;
            var used = bookUsed + Sum(entries, d.Id, first, last, since, LedgerKind.Delivered, LedgerKind.Goodwill);
            items.Add(new AgreedItem(d.Id, d.Name, kind, owner, ownerName, d.Quantity is { } q ? q + purchased : null, purchased, d.Per, first, last, used, d.Unit));
        }

        // Units bought of anything the packages and retainer do not hold: an add-on, or another package's deliverable.
        foreach (var group in entries.Where(e => e.Kind == LedgerKind.Purchased && items.All(i => i.Id != e.ItemId)).GroupBy(e => e.ItemId, StringComparer.Ordinal))
        {
            var name = book.FindAddOn(group.Key)?.Name ?? book.Packages.SelectMany(p => p.Deliverables).FirstOrDefault(x => x.Id == group.Key)?.Name ?? group.Key;
            var purchased = group.Sum(e => e.Units);
            var used = Sum(entries, group.Key, DateOnly.MinValue, DateOnly.MaxValue, since, LedgerKind.Delivered, LedgerKind.Goodwill);
            items.Add(new AgreedItem(group.Key, name, AgreedItemKind.PurchasedAddOn, "purchased", "purchased units", purchased, purchased, QuantityPeriod.Engagement,
                DateOnly.MinValue, DateOnly.MaxValue, used, null));
        }

        return items;
    }

    private static int Sum(IReadOnlyList<LedgerEntry> entries, string itemId, DateOnly first, DateOnly last, DateOnly? since, params LedgerKind[] kinds) =>
        entries.Where(e => e.ItemId == itemId && kinds.Contains(e.Kind) && e.Date >= first && e.Date <= last && (since is null || e.Date >= since)).Sum(e => e.Units);
}
