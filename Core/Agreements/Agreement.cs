using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Agreements;

/// <summary>
/// What a client has as of <see cref="AsOf"/>: the book's packages and retainer amended by accepted quotes,
/// and per deliverable (or purchased add-on) the quantity, the period it is counted in, what was used in
/// the period holding <see cref="AsOf"/> and what is left (contract: docs/engagements.md).
/// </summary>
public sealed record Agreement(
    Client Client,
    DateOnly AsOf,
    IReadOnlyList<Package> Packages,
    Retainer? Retainer,
    DateOnly? RetainerStart,
    decimal? PricePaid,
    IReadOnlyList<AgreedItem> Items,
    IReadOnlyList<Amendment> Amendments)
{
    /// <summary>True when the client has a retainer and it has started by <see cref="AsOf"/>.</summary>
    public bool RetainerActive => Retainer is not null && (RetainerStart is null || AsOf >= RetainerStart);

    /// <summary>The item (deliverable or purchased add-on) with this id, or null.</summary>
    public AgreedItem? Find(string id) => Items.FirstOrDefault(i => i.Id == id);

    /// <summary>The deliverables of the packages and the active retainer, in book order (no purchased add-ons).</summary>
    public IEnumerable<AgreedItem> Deliverables => Items.Where(i => i.Kind != AgreedItemKind.PurchasedAddOn);

    /// <summary>What the client has, in words for reasons: "Career Kickstart", "Career Kickstart and Career Maintenance".</summary>
    public string Name
    {
        get
        {
            var names = Packages.Select(p => p.Name).ToList();
            if (RetainerActive)
            {
                names.Add(Retainer!.Name);
            }

            return names.Count switch
            {
                0 => Client.Name + "'s agreement",
                1 => names[0],
                _ => string.Join(", ", names[..^1]) + " and " + names[^1],
            };
        }
    }
}

/// <summary>Where an agreed item comes from.</summary>
public enum AgreedItemKind
{
    /// <summary>A deliverable of one of the client's packages.</summary>
    PackageDeliverable,

    /// <summary>A deliverable of the client's retainer's allowance.</summary>
    RetainerDeliverable,

    /// <summary>Units of an add-on (or of a deliverable the client's packages lack) bought through a quote.</summary>
    PurchasedAddOn,
}

/// <summary>
/// One deliverable or purchased item of an <see cref="Agreement"/>: <see cref="Quantity"/> (null: unlimited)
/// includes <see cref="Purchased"/> units; <see cref="Used"/> counts the period from <see cref="PeriodStart"/>
/// to <see cref="PeriodEnd"/> (the whole engagement for <see cref="QuantityPeriod.Engagement"/>).
/// </summary>
public sealed record AgreedItem(
    string Id,
    string Name,
    AgreedItemKind Kind,
    string OwnerId,
    string OwnerName,
    int? Quantity,
    int Purchased,
    QuantityPeriod Per,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int Used,
    string? Unit)
{
    /// <summary>What is left this period; null when unlimited.</summary>
    public int? Left => Quantity is { } q ? Math.Max(0, q - Used) : null;
}

/// <summary>An accepted quote that changed the agreement.</summary>
public sealed record Amendment(string QuoteNumber, Offers.OfferKind Kind, string? TargetId, DateOnly DecidedOn, string Summary);
