using MailScope.Core.Matching;

namespace MailScope.Core.Judgement;

/// <summary>
/// Settings of the judgement. The defaults are what <c>scan</c>, the worker and the add-in use; a scope
/// book's <c>judgement.flag_confidence</c> overrides <see cref="FlagConfidence"/> for that book.
/// </summary>
public sealed record JudgementOptions
{
    /// <summary>The defaults: the shipped models and a flag confidence of 0.5.</summary>
    public static JudgementOptions Default { get; } = new();

    /// <summary>
    /// The confidence (0–1) an ask's creep verdict needs before it flags the message. Below it the ask
    /// is still listed, with its verdict, as uncertain. 0.5: flag when the verdict is more likely right than wrong.
    /// </summary>
    public double FlagConfidence { get; init; } = 0.5;

    /// <summary>
    /// The semantic signal's embedder (off when null, the default): where the lexical match is none or weak, the
    /// item closest in meaning to the ask may name it (<see cref="SemanticLines"/>). Loaded on the first ask that needs it.
    /// </summary>
    public ITextEmbedder? Embedder { get; init; }

    /// <summary>When the semantic signal may decide (used only with an <see cref="Embedder"/>).</summary>
    public SemanticLines SemanticLines { get; init; } = SemanticLines.Default;

    /// <summary>Calibration of verdicts; null uses the shipped model (the evaluation tool swaps in one trained without a trade).</summary>
    internal VerdictCalibration? Calibration { get; init; }

    /// <summary>The learned ask detector; null uses the shipped one.</summary>
    internal Asks.AskModel? AskModel { get; init; }

    /// <summary>
    /// The probability the learned detector needs before a question the rules did not read as an ask is
    /// taken as work asked, or as a field's (a referral's) work. 0.5: more likely an ask than not.
    /// </summary>
    internal double QuestionProbability { get; init; } = 0.5;

    /// <summary>
    /// The probability above which any other question to the provider is taken as one to answer (in scope, never creep):
    /// the detector, trained on office mail, is unsure of questions about how the work goes ("do you publish the articles
    /// yourself, or do we?", "which is it?"), which docs/asks.md counts as asks.
    /// </summary>
    internal double AnswerProbability { get; init; } = 0.05;
}
