namespace MailScope.Core.Judgement;

/// <summary>The judgement of one message: the client, the strongest verdict of its asks, and each ask.</summary>
public sealed record MessageJudgement(string? ClientId, Verdict Verdict, IReadOnlyList<RequestJudgement> Requests, string Reason)
{
    /// <summary>True exactly when the verdict is over_quota, out_of_scope or outside_expertise.</summary>
    public bool Flagged => Verdict.IsFlagged();
}
