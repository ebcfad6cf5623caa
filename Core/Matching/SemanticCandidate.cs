namespace MailScope.Core.Matching;

/// <summary>One scope-book item the semantic matcher scored for an ask, with its cosine similarity.</summary>
/// <param name="Match">The item as the lexical matcher would report it (kind, id, name); <see cref="MatchKind.None"/> for the provider's own expertise.</param>
/// <param name="Text">The words of the book the item was embedded from.</param>
/// <param name="Score">Cosine similarity between the ask and the item (−1 to 1).</param>
public sealed record SemanticCandidate(ScopeMatch Match, string Text, double Score)
{
    /// <summary>True for the provider's own expertise: work the provider does, no item to sell or refer.</summary>
    public bool IsProviderExpertise => Match.Kind == MatchKind.None;

    /// <summary>The key that tells items apart (a deliverable offered in two packages is one item per package).</summary>
    internal string ItemKey => $"{Match.Kind}:{Match.Id}:{Match.DeliverableId}";
}
