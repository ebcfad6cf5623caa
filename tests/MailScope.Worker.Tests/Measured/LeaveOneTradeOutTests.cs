using MailScope.Evaluation;

namespace MailScope.Worker.Tests.Measured;

/// <summary>The quick leave-one-trade-out trainer must build the very judge the plain one builds.</summary>
public class LeaveOneTradeOutTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void Rows_worked_out_once_train_the_judge_that_judging_the_other_trades_again_trains()
    {
        var trades = new[] { "harpist", "plasterer", "crowdfunding", "yachtdelivery" }
            .Select(n => LabelledTrade.Load("heldout", RepoPaths.Of("tests", "corpus-heldout", n)))
            .ToList();

        var quick = LeaveOneTradeOut.Run(trades, EngineTrainer.WithRowsOnce(trades), Today);
        var plain = LeaveOneTradeOut.Run(trades, EngineTrainer.Train, Today);

        Assert.Equal(80, plain.Pooled.Messages);
        Assert.Equal(plain.Pooled.Judged, quick.Pooled.Judged);
        Assert.Equal(plain.Pooled.Line(), quick.Pooled.Line());
    }
}
