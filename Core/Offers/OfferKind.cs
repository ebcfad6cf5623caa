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

    /// <summary>A kind, firm no with no paid path (a referral named where one fits).</summary>
    Decline,

    /// <summary>Yes this once, as a courtesy, saying what it would cost next time (recorded as goodwill).</summary>
    Goodwill,
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
        OfferKind.Decline => "decline",
        OfferKind.Goodwill => "goodwill",
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
        "decline" => OfferKind.Decline,
        "goodwill" => OfferKind.Goodwill,
        _ => null,
    };

    public static IReadOnlyList<string> All { get; } = Enum.GetValues<OfferKind>().Select(k => k.ToWire()).ToList();

    /// <summary>True for the answers that sell nothing: decline and goodwill (never picked as "best" unless asked for).</summary>
    public static bool IsCourtesy(this OfferKind kind) => kind is OfferKind.Decline or OfferKind.Goodwill;
}
