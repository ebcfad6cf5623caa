namespace MailScope.Core.Matching;

/// <summary>The scope-book item an ask matched, and the words of the ask that matched it.</summary>
public sealed record ScopeMatch(MatchKind Kind, string? Id, string? Name, string? MatchedOn)
{
    public static readonly ScopeMatch Nothing = new(MatchKind.None, null, null, null);

    /// <summary>For a <see cref="MatchKind.Package"/> match: the deliverable id inside that package.</summary>
    public string? DeliverableId { get; init; }

    /// <summary>How many of the item's distinctive words the ask used (0 for a partial match): strong matches override logistics.</summary>
    public int Strength { get; init; }

    /// <summary>
    /// When the semantic signal named this item (off by default): the cosine similarity between the ask and the
    /// item; null for a lexical match.
    /// </summary>
    public double? Similarity { get; init; }

    /// <summary>With <see cref="Similarity"/>: how far the item led the next candidate (or the lexically matched item).</summary>
    public double? SimilarityMargin { get; init; }
}
