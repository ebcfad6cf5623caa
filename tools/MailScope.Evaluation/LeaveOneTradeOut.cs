using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Evaluation;

/// <summary>
/// Leave-one-trade-out: for every labelled trade, whatever the engine learns is trained on the other
/// trades only (and on public data), then that trade is judged. Per-trade and pooled figures; the
/// pooled one is the headline estimate for a trade nobody tuned on.
/// </summary>
public static class LeaveOneTradeOut
{
    /// <summary>Builds a judge factory from the training trades (everything but the one left out).</summary>
    public delegate Func<ScopeBook, ScopeJudge> Trainer(IReadOnlyList<LabelledTrade> training);

    public static (List<(LabelledTrade Trade, TradeScore Score)> PerTrade, TradeScore Pooled) Run(
        IReadOnlyList<LabelledTrade> trades, Trainer trainer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trades);
        ArgumentNullException.ThrowIfNull(trainer);
        var perTrade = new List<(LabelledTrade, TradeScore)>();
        var pooled = new TradeScore();
        foreach (var trade in trades)
        {
            var judgeFor = trainer(trades.Where(t => !ReferenceEquals(t, trade)).ToList());
            var score = Score(trade, judgeFor(trade.Book), today);
            perTrade.Add((trade, score));
            pooled.AddAll(score);
        }

        return (perTrade, pooled);
    }

    public static TradeScore Score(LabelledTrade trade, ScopeJudge judge, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trade);
        ArgumentNullException.ThrowIfNull(judge);
        var score = new TradeScore();
        foreach (var m in trade.Messages)
        {
            var judgement = judge.Judge(m.Message, today);
            score.Add($"{trade.Set}/{trade.Name}/{m.File}", m.Expected, judgement, trade.Book, judge.FindClient(m.Message.From));
        }

        return score;
    }

    public static void Print(TextWriter output, List<(LabelledTrade Trade, TradeScore Score)> perTrade, TradeScore pooled, bool verbose)
    {
        output.WriteLine("Leave-one-trade-out (each trade judged by an engine trained without it):");
        foreach (var (trade, score) in perTrade)
        {
            output.WriteLine($"  {trade.Set + "/" + trade.Name,-24} {score.Line()}");
        }

        output.WriteLine($"  {"pooled",-24} {pooled.Line()}");
        if (verbose)
        {
            output.WriteLine("  misjudged:");
            foreach (var miss in pooled.Misses)
            {
                output.WriteLine("   " + miss);
            }

            if (pooled.SemanticCalls.Count > 0)
            {
                output.WriteLine("  semantic matches:");
                pooled.SemanticCalls.ForEach(c => output.WriteLine("   " + c));
            }
        }
    }
}
