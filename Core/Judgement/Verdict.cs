namespace MailScope.Core.Judgement;

/// <summary>
/// The judgement of an ask or a message, weakest first; a message takes the strongest of its asks
/// (docs/scan.md: out_of_scope &gt; outside_expertise &gt; over_quota &gt; in_scope &gt; no_request).
/// </summary>
public enum Verdict
{
    NotAClient,
    NoRequest,
    InScope,
    OverQuota,
    OutsideExpertise,
    OutOfScope,
}

/// <summary>Wire names and the flagging rule of the verdicts.</summary>
public static class VerdictNames
{
    /// <summary>The snake_case name used in JSON and by the add-in API.</summary>
    public static string ToWire(this Verdict verdict) => verdict switch
    {
        Verdict.NotAClient => "not_a_client",
        Verdict.NoRequest => "no_request",
        Verdict.InScope => "in_scope",
        Verdict.OverQuota => "over_quota",
        Verdict.OutsideExpertise => "outside_expertise",
        Verdict.OutOfScope => "out_of_scope",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>The verdict of a wire name, or null for any other text (such as "error").</summary>
    public static Verdict? FromWire(string? name) =>
        Enum.GetValues<Verdict>().Cast<Verdict?>().FirstOrDefault(v => v!.Value.ToWire() == name);

    /// <summary>True for the verdicts that mark scope creep.</summary>
    public static bool IsFlagged(this Verdict verdict) =>
        verdict is Verdict.OverQuota or Verdict.OutOfScope or Verdict.OutsideExpertise;
}
