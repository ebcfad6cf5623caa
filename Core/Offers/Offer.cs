namespace MailScope.Core.Offers;

/// <summary>One line of a quote: what, how many, at what unit price.</summary>
public sealed record QuoteLine(string Description, decimal Quantity, decimal UnitPrice)
{
    /// <summary>The add-on, package or deliverable the line sells, when it names one (an accepted quote's ledger entries use it).</summary>
    public string? ItemId { get; init; }

    /// <summary>Units of <see cref="ItemId"/> the line buys when that is not its quantity (a line priced in hours).</summary>
    public int? Units { get; init; }

    public decimal Amount => Quantity * UnitPrice;
}

/// <summary>What was delivered and what remains after an upgrade, for one deliverable.</summary>
public sealed record UpgradeRow(string Deliverable, int Delivered, int? Outstanding);

/// <summary>What a goodwill answer gives away: <paramref name="Units"/> of <paramref name="ItemId"/>, worth <paramref name="Value"/> next time.</summary>
public sealed record Courtesy(string ItemId, string ItemName, int Units, decimal Value);

/// <summary>
/// A paid path for a flagged message, priced in the book's currency. <see cref="Total"/> is null for a
/// referral (no price); <see cref="Discount"/> is the existing-client goodwill amount, shown on its own line.
/// </summary>
public sealed record Offer(OfferKind Kind, string? Id, string Title, string Currency, IReadOnlyList<QuoteLine> Lines)
{
    /// <summary>Why this offer fits the message, in a sentence a user can read.</summary>
    public string Explanation { get; init; } = string.Empty;

    public decimal? DiscountPercent { get; init; }

    public decimal Subtotal => Lines.Sum(l => l.Amount);

    public decimal Discount => DiscountPercent is { } p ? Math.Round(Subtotal * p / 100m, 2, MidpointRounding.AwayFromZero) : 0m;

    /// <summary>Null when the offer has no price (a referral).</summary>
    public decimal? Total => Lines.Count == 0 ? null : Subtotal - Discount;

    /// <summary>For a retainer: what the monthly price buys.</summary>
    public string? Allowance { get; init; }

    /// <summary>For an upgrade: delivered and outstanding per deliverable of the target package.</summary>
    public IReadOnlyList<UpgradeRow> Upgrade { get; init; } = [];

    /// <summary>For a referral: who, and how to reach them.</summary>
    public string? ReferralEmail { get; init; }

    /// <summary>For goodwill: the deliverable or add-on given this once, its units, and what it would cost next time.</summary>
    public Courtesy? Courtesy { get; init; }

    /// <summary>True when a quote PDF goes with the reply.</summary>
    public bool HasQuote => Total is not null && Kind is not OfferKind.Retainer;
}
