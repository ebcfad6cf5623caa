namespace MailScope.Core.ScopeBooks;

/// <summary>
/// What one provider sells, to whom, and what has been delivered: the loaded form of a scope book
/// (contract: docs/scope-book.md). Immutable once loaded.
/// </summary>
public sealed record ScopeBook(
    Provider Provider,
    IReadOnlyList<Package> Packages,
    IReadOnlyList<AddOn> AddOns,
    IReadOnlyList<Retainer> Retainers,
    IReadOnlyList<Client> Clients,
    string SourcePath)
{
    /// <summary>The package with this id, or null.</summary>
    public Package? FindPackage(string id) => Packages.FirstOrDefault(p => p.Id == id);

    /// <summary>The retainer with this id, or null.</summary>
    public Retainer? FindRetainer(string? id) => id is null ? null : Retainers.FirstOrDefault(r => r.Id == id);

    /// <summary>The add-on with this id, or null.</summary>
    public AddOn? FindAddOn(string id) => AddOns.FirstOrDefault(a => a.Id == id);

    /// <summary>
    /// Optional <c>judgement.flag_confidence</c>: the confidence (0–1) an ask's creep verdict needs before
    /// the message is flagged; null leaves the engine's default.
    /// </summary>
    public double? FlagConfidence { get; init; }
}

/// <summary>The user of MailScope: the one who sells the packages.</summary>
public sealed record Provider(
    string Name,
    string Email,
    string Currency,
    decimal? HourlyRate,
    IReadOnlyList<string> Expertise,
    IReadOnlyList<Referral> Referrals,
    decimal? ExistingClientDiscount);

/// <summary>Someone the provider recommends for asks outside their own expertise.</summary>
public sealed record Referral(string Name, string Email, IReadOnlyList<string> Expertise);

/// <summary>A package a client can buy; a client has one or several side by side (version 2).</summary>
public sealed record Package(string Id, string Name, decimal Price, IReadOnlyList<Deliverable> Deliverables)
{
    /// <summary>The deliverable with this id, or null.</summary>
    public Deliverable? FindDeliverable(string id) => Deliverables.FirstOrDefault(d => d.Id == id);

    /// <summary>Plain words on what the package is (version 2); null when the book gives none.</summary>
    public string? Description { get; init; }

    /// <summary>What the package explicitly does not include (version 2): out of scope even when another word matches.</summary>
    public IReadOnlyList<string> Excludes { get; init; } = [];
}

/// <summary>
/// One thing a package (or a retainer) delivers; <see cref="Quantity"/> null means unlimited, counted per
/// <see cref="Per"/>.
/// </summary>
public sealed record Deliverable(string Id, string Name, int? Quantity, string? Unit, IReadOnlyList<string> Aliases)
{
    /// <summary>The period the quantity is counted in (version 2 <c>per</c>; default the whole engagement).</summary>
    public QuantityPeriod Per { get; init; } = QuantityPeriod.Engagement;
}

/// <summary>An item of the a-la-carte menu, offered to current clients.</summary>
public sealed record AddOn(string Id, string Name, decimal Price, IReadOnlyList<string> Aliases);

/// <summary>A maintenance plan with a monthly price and a plainly stated allowance.</summary>
public sealed record Retainer(string Id, string Name, decimal MonthlyPrice, string Allowance)
{
    /// <summary>The allowance as deliverables (version 2), judged like a package's; empty in a version 1 book.</summary>
    public IReadOnlyList<Deliverable> Deliverables { get; init; } = [];

    /// <summary>The deliverable with this id, or null.</summary>
    public Deliverable? FindDeliverable(string id) => Deliverables.FirstOrDefault(d => d.Id == id);
}

/// <summary>
/// A client: who they are (addresses, domains), what they bought, what has been delivered.
/// <see cref="PackageId"/> is the first of <see cref="PackageIds"/> (empty for a client on a retainer alone).
/// </summary>
public sealed record Client(
    string Id,
    string Name,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Domains,
    string PackageId,
    decimal? PricePaid,
    DateOnly? Start,
    DateOnly? End,
    IReadOnlyDictionary<string, int> Used)
{
    /// <summary>Every package the client bought, side by side (version 2 <c>package</c> as a list); version 1: the one.</summary>
    public IReadOnlyList<string> PackageIds { get; init; } = PackageId.Length == 0 ? [] : [PackageId];

    /// <summary>The retainer the client is on (version 2), or null.</summary>
    public string? RetainerId { get; init; }

    /// <summary>The day the retainer starts (version 2); null: from the client's start.</summary>
    public DateOnly? RetainerStart { get; init; }

    /// <summary>The day the book's <see cref="Used"/> counts were true (version 2 <c>used_as_of</c>); null: <see cref="Start"/>.</summary>
    public DateOnly? UsedAsOf { get; init; }

    /// <summary>The date ledger entries count from: <see cref="UsedAsOf"/>, else <see cref="Start"/>, else none (all count).</summary>
    public DateOnly? UsageSince => UsedAsOf ?? Start;

    /// <summary>How many of a deliverable have been delivered (0 when not listed).</summary>
    public int UsedOf(string deliverableId) => Used.TryGetValue(deliverableId, out var n) ? n : 0;

    /// <summary>True when the engagement has an end date and <paramref name="today"/> is after it.</summary>
    public bool HasEndedBy(DateOnly today) => End is { } end && today > end;
}
