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

/// <summary>A package a client can buy; a client is on exactly one.</summary>
public sealed record Package(string Id, string Name, decimal Price, IReadOnlyList<Deliverable> Deliverables)
{
    /// <summary>The deliverable with this id, or null.</summary>
    public Deliverable? FindDeliverable(string id) => Deliverables.FirstOrDefault(d => d.Id == id);
}

/// <summary>One thing a package delivers; <see cref="Quantity"/> null means unlimited within the engagement.</summary>
public sealed record Deliverable(string Id, string Name, int? Quantity, string? Unit, IReadOnlyList<string> Aliases);

/// <summary>An item of the a-la-carte menu, offered to current clients.</summary>
public sealed record AddOn(string Id, string Name, decimal Price, IReadOnlyList<string> Aliases);

/// <summary>A maintenance plan with a monthly price and a plainly stated allowance.</summary>
public sealed record Retainer(string Id, string Name, decimal MonthlyPrice, string Allowance);

/// <summary>A client: who they are (addresses, domains), what they bought, what has been delivered.</summary>
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
    /// <summary>How many of a deliverable have been delivered (0 when not listed).</summary>
    public int UsedOf(string deliverableId) => Used.TryGetValue(deliverableId, out var n) ? n : 0;

    /// <summary>True when the engagement has an end date and <paramref name="today"/> is after it.</summary>
    public bool HasEndedBy(DateOnly today) => End is { } end && today > end;
}
