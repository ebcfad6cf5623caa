using MailScope.Core.Judgement;
using MailScope.Core.Matching;

namespace MailScope.Evaluation;

/// <summary>
/// Chooses the semantic signal's lines by cross-validation: every line of a grid is scored on every trade once
/// (judged with every verdict trusted, so no label enters the judge), and a fold picks the lines with the most
/// right verdicts on its training trades only — never on the trade it then judges. The two gates (unmatched
/// asks, weak matches) touch different asks and are chosen one at a time, each with the other off.
/// </summary>
public sealed class SemanticTuning
{
    private readonly List<SemanticLines> _unmatchedGrid = [SemanticLines.Off];
    private readonly List<SemanticLines> _overrideGrid = [SemanticLines.Off];
    private readonly Dictionary<string, int[]> _unmatchedRight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _overrideRight = new(StringComparer.Ordinal);

    public SemanticTuning(IReadOnlyList<LabelledTrade> trades, ITextEmbedder embedder, JudgementOptions untrained, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trades);
        ArgumentNullException.ThrowIfNull(untrained);
        foreach (var t in Thresholds)
        {
            _unmatchedGrid.AddRange(UnmatchedMargins.Select(m => SemanticLines.Off with { Unmatched = t, UnmatchedMargin = m }));
            _overrideGrid.AddRange(OverrideLeads.Select(m => SemanticLines.Off with { Override = t, OverrideMargin = m }));
        }

        foreach (var trade in trades)
        {
            _unmatchedRight[Key(trade)] = _unmatchedGrid.Select(l => Right(trade, untrained with { Embedder = embedder, SemanticLines = l }, today)).ToArray();
            _overrideRight[Key(trade)] = _overrideGrid.Select(l => Right(trade, untrained with { Embedder = embedder, SemanticLines = l }, today)).ToArray();
        }
    }

    private static readonly double[] UnmatchedMargins = [0.15, 0.1, 0.08, 0.06, 0.04, 0.02, 0.0];
    private static readonly double[] OverrideLeads = [0.2, 0.15, 0.1, 0.05];

    private static IEnumerable<double> Thresholds => Enumerable.Range(5, 14).Reverse().Select(i => i * 0.05);

    /// <summary>The lines with the most right verdicts on <paramref name="training"/>; the first (off, then higher lines) on a tie.</summary>
    public SemanticLines Choose(IEnumerable<LabelledTrade> training)
    {
        var keys = training.Select(Key).ToList();
        var unmatched = _unmatchedGrid[Best(keys.Select(k => _unmatchedRight[k]))];
        var over = _overrideGrid[Best(keys.Select(k => _overrideRight[k]))];
        return unmatched with { Override = over.Override, OverrideMargin = over.OverrideMargin };
    }

    public static string Describe(SemanticLines lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var u = double.IsPositiveInfinity(lines.Unmatched) ? "off" : $"≥ {lines.Unmatched:0.00}, margin ≥ {lines.UnmatchedMargin:0.00}";
        var o = double.IsPositiveInfinity(lines.Override) ? "off" : $"≥ {lines.Override:0.00}, lead ≥ {lines.OverrideMargin:0.00}";
        return $"unmatched {u}; weak match {o}";
    }

    private static int Best(IEnumerable<int[]> perTrade)
    {
        var list = perTrade.ToList();
        var totals = Enumerable.Range(0, list[0].Length).Select(g => list.Sum(r => r[g])).ToList();
        var best = 0;
        for (var g = 1; g < totals.Count; g++)
        {
            // Strictly better only: the grid runs from off to loose, so ties keep the stricter lines.
            if (totals[g] > totals[best])
            {
                best = g;
            }
        }

        return best;
    }

    private static int Right(LabelledTrade trade, JudgementOptions options, DateOnly today) =>
        LeaveOneTradeOut.Score(trade, new ScopeJudge(trade.Book, options), today).VerdictsRight;

    private static string Key(LabelledTrade trade) => trade.Set + "/" + trade.Name;
}
