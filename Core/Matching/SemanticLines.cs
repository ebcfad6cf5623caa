namespace MailScope.Core.Matching;

/// <summary>
/// When the semantic signal may decide what an ask names. Two gates, both chosen by leave-one-trade-out
/// cross-validation on the labelled trades (the evaluation tool's <c>loto --semantic</c>), never on the trade scored:
/// a work ask the lexical matcher matched to nothing, and one it matched weakly or to another item than the one
/// the ask's meaning is closest to.
/// </summary>
public sealed record SemanticLines
{
    /// <summary>
    /// The lines <c>loto --semantic</c> chose on all 20 labelled trades with MiniLM (docs/judgement.md): an unmatched
    /// ask at 0.30 with a 0.02 margin, a weak match replaced at 0.45 with a 0.10 lead.
    /// </summary>
    public static SemanticLines Default { get; } = new();

    /// <summary>Lines that never let the semantic signal decide.</summary>
    public static SemanticLines Off { get; } = new() { Unmatched = double.PositiveInfinity, Override = double.PositiveInfinity };

    /// <summary>True when neither gate can open: the semantic signal decides nothing.</summary>
    public bool IsOff => double.IsPositiveInfinity(Unmatched) && double.IsPositiveInfinity(Override);

    /// <summary>The similarity (cosine, −1 to 1) a candidate needs to name an ask that matched nothing.</summary>
    public double Unmatched { get; init; } = 0.30;

    /// <summary>How far (cosine) the best candidate must lead the next item for an unmatched ask.</summary>
    public double UnmatchedMargin { get; init; } = 0.02;

    /// <summary>The similarity a candidate needs to replace a lexical match with another item.</summary>
    public double Override { get; init; } = 0.45;

    /// <summary>How far (cosine) the best candidate must lead the lexically matched item to replace it.</summary>
    public double OverrideMargin { get; init; } = 0.10;
}
