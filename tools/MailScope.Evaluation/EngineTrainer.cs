using MailScope.Core.Asks;
using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Evaluation;

/// <summary>
/// Trains the engine's learned parts on the given trades only and returns how to build a judge for a
/// book: leave-one-trade-out calls it without the trade it then judges; <c>train</c> calls it on every
/// trade and writes the shipped data files.
/// </summary>
public static class EngineTrainer
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    /// <summary>
    /// The learned ask detector, trained on the Enron training file alone (never on the corpora), so the
    /// same model serves every leave-one-trade-out fold.
    /// </summary>
    internal static AskModel AskModel => LazyInitializer.EnsureInitialized(ref _askModel, () =>
        IntentTrainer.Train(RepoPaths.Of("tests", "data", "parakweet-email-intent", "Ask0729-fixed.txt"), TextWriter.Null));

    private static AskModel? _askModel;

    /// <summary>Trusts every verdict: what the calibration is trained from.</summary>
    internal static JudgementOptions Untrained => new() { Calibration = new VerdictCalibration(new Dictionary<string, double> { ["bias"] = 20 }), AskModel = AskModel };

    /// <summary>Trusts every verdict, with the shipped ask detector: the judge as shipped, before its calibration.</summary>
    internal static JudgementOptions AsShipped => Untrained with { AskModel = MailScope.Core.Asks.AskModel.Shipped };

    /// <summary>The flag line used by judges this trainer builds (the <c>--flag-confidence</c> option of <c>loto</c>).</summary>
    public static double FlagConfidence { get; set; } = JudgementOptions.Default.FlagConfidence;

    public static Func<ScopeBook, ScopeJudge> Train(IReadOnlyList<LabelledTrade> training) => Train(training, null, SemanticLines.Off);

    /// <summary>With the semantic signal: its lines were chosen on <paramref name="training"/> and the calibration learns its evidence there.</summary>
    public static Func<ScopeBook, ScopeJudge> Train(IReadOnlyList<LabelledTrade> training, ITextEmbedder? embedder, SemanticLines lines)
    {
        var semantic = Untrained with { Embedder = embedder, SemanticLines = lines };
        var calibration = TrainCalibration(training, TextWriter.Null, semantic);
        var options = semantic with { Calibration = calibration, FlagConfidence = FlagConfidence };
        return book => new ScopeJudge(book, options);
    }

    /// <summary>
    /// The same trainer as <see cref="Train(IReadOnlyList{LabelledTrade})"/>, for leave-one-trade-out over many trades:
    /// an untrained judge reads a trade the same whichever trades train beside it, so each trade's calibration rows
    /// are worked out once and every fold fits on the rows of its trades, in the same order (the same weights as
    /// judging them again; the run grows with the trades, not with their square).
    /// </summary>
    public static LeaveOneTradeOut.Trainer WithRowsOnce(IReadOnlyList<LabelledTrade> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var judging = Untrained with { Embedder = null, SemanticLines = SemanticLines.Off };
        var rowsOf = trades.ToDictionary<LabelledTrade, LabelledTrade, List<CalibrationRow>>(t => t, t => CalibrationRows([t], judging), ReferenceEqualityComparer.Instance);
        return training =>
        {
            var rows = training.SelectMany(t => rowsOf[t]).Select(r => (r.Features, r.Right)).ToList();
            var options = judging with { Calibration = rows.Count == 0 ? null : new VerdictCalibration(LogisticFit.FitWithCrossValidation(rows).Weights), FlagConfidence = FlagConfidence };
            return book => new ScopeJudge(book, options);
        };
    }

    /// <summary>
    /// The verdict calibration: for each training message with an ask, the evidence of the ask that
    /// carries the message's verdict, labelled by whether that verdict is right where it matters — a
    /// creep verdict is right when the message should be flagged, any other when it is the labelled verdict.
    /// </summary>
    internal static VerdictCalibration? TrainCalibration(IReadOnlyList<LabelledTrade> training, TextWriter log, JudgementOptions? judging = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(log);
        if (training.Count == 0)
        {
            return null;
        }

        var rows = CalibrationRows(training, judging ?? Untrained).Select(r => (r.Features, r.Right)).ToList();
        var (weights, penalty) = LogisticFit.FitWithCrossValidation(rows);
        log.WriteLine($"  verdict calibration: {rows.Count} asks from {training.Count} trades, L2 penalty {penalty} by 5-fold cross-validation");
        return new VerdictCalibration(weights);
    }

    /// <summary>One row per training message with an ask: the evidence of the ask that carries the message's verdict.</summary>
    /// <param name="Trade">The trade's index in the list (for grouped cross-validation).</param>
    /// <param name="Features">The evidence of that ask.</param>
    /// <param name="Right">What the calibration learns: a creep verdict is right when the message should be flagged, any other when it is the labelled verdict.</param>
    /// <param name="VerdictRight">Whether the verdict is exactly the labelled one.</param>
    /// <param name="Flagged">Whether the verdict is creep.</param>
    internal sealed record CalibrationRow(int Trade, IReadOnlyDictionary<string, double> Features, bool Right, bool VerdictRight, bool Flagged);

    internal static List<CalibrationRow> CalibrationRows(IReadOnlyList<LabelledTrade> trades, JudgementOptions judging)
    {
        var rows = new List<CalibrationRow>();
        for (var t = 0; t < trades.Count; t++)
        {
            var judge = new ScopeJudge(trades[t].Book, judging);
            foreach (var m in trades[t].Messages)
            {
                var judgement = judge.Judge(m.Message, Today);
                if (judgement.Requests.Count == 0)
                {
                    continue;
                }

                var r = judgement.Requests.MaxBy(q => q.Verdict)!;
                var expectedFlag = m.Expected is "over_quota" or "out_of_scope" or "outside_expertise";
                var verdictRight = r.Verdict.ToWire() == m.Expected;
                rows.Add(new CalibrationRow(t, r.Evidence!, r.Verdict.IsFlagged() ? expectedFlag : verdictRight, verdictRight, r.Verdict.IsFlagged()));
            }
        }

        return rows;
    }
}
