using MailScope.Core.Matching;

namespace MailScope.Core.Judgement;

/// <summary>
/// One ask and its verdict, with the evidence a user needs to see why: the sentence, the cue that made
/// it an ask, the scope-book item it matched and a one-line reason.
/// </summary>
public sealed record RequestJudgement(string Text, Verdict Verdict, ScopeMatch Match, string Cue, string Reason, int Quantity)
{
    /// <summary>How likely (0–1) the verdict is right, from the shipped calibration; 1 when nothing was weighed.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>
    /// True when the verdict marks creep but its confidence is below the flag line: it is shown as possible
    /// creep and does not flag the message.
    /// </summary>
    public bool Uncertain { get; init; }

    /// <summary>True when the verdict is the adjudicator's second opinion, not the engine's (an LLM, off by default).</summary>
    public bool Adjudicated { get; init; }

    /// <summary>The evidence the confidence was computed from (for training the calibration).</summary>
    internal IReadOnlyDictionary<string, double>? Evidence { get; init; }
}
