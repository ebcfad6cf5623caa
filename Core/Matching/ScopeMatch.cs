namespace MailScope.Core.Matching;

/// <summary>The scope-book item an ask matched, and the words of the ask that matched it.</summary>
public sealed record ScopeMatch(MatchKind Kind, string? Id, string? Name, string? MatchedOn)
{
    public static readonly ScopeMatch Nothing = new(MatchKind.None, null, null, null);

    /// <summary>For a <see cref="MatchKind.Package"/> match: the deliverable id inside that package.</summary>
    public string? DeliverableId { get; init; }

    /// <summary>How many of the item's distinctive words the ask used (0 for a partial match): strong matches override logistics.</summary>
    public int Strength { get; init; }
}
