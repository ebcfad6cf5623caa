namespace MailScope.Core.Matching;

/// <summary>The items of a book ranked by how close an ask's meaning is to them, one candidate per item, best first.</summary>
public sealed record SemanticRanking(IReadOnlyList<SemanticCandidate> Candidates)
{
    /// <summary>The closest item, or null for an empty book.</summary>
    public SemanticCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;

    /// <summary>How far the closest item leads the next one (cosine); the best score when it is alone.</summary>
    public double Margin => Candidates.Count switch
    {
        0 => 0,
        1 => Candidates[0].Score,
        _ => Candidates[0].Score - Candidates[1].Score,
    };

    /// <summary>The similarity of the item the lexical matcher found, or null when it is not among the candidates.</summary>
    public double? ScoreOf(ScopeMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var key = new SemanticCandidate(match, string.Empty, 0).ItemKey;
        return Candidates.FirstOrDefault(c => c.ItemKey == key)?.Score;
    }
}
