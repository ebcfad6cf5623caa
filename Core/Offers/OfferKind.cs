namespace MailScope.Core.Offers;

/// <summary>The paid paths a reply can offer (docs/worker.md: the KIND of <c>draft --offer</c>).</summary>
public enum OfferKind
{
    ChangeOrder,
    AddOn,
    Package,
    Upgrade,
    Retainer,
    Referral,
}

/// <summary>Wire names of <see cref="OfferKind"/>.</summary>
public static class OfferKinds
{
    public static string ToWire(this OfferKind kind) => kind switch
    {
        OfferKind.ChangeOrder => "change-order",
        OfferKind.AddOn => "addon",
        OfferKind.Package => "package",
        OfferKind.Upgrade => "upgrade",
        OfferKind.Retainer => "retainer",
        OfferKind.Referral => "referral",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses a wire name; null when it is none of them.</summary>
    public static OfferKind? Parse(string? wire) => wire switch
    {
        "change-order" => OfferKind.ChangeOrder,
        "addon" => OfferKind.AddOn,
        "package" => OfferKind.Package,
        "upgrade" => OfferKind.Upgrade,
        "retainer" => OfferKind.Retainer,
        "referral" => OfferKind.Referral,
        _ => null,
    };

    public static IReadOnlyList<string> All { get; } = Enum.GetValues<OfferKind>().Select(k => k.ToWire()).ToList();
}
