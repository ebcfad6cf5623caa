using System.Globalization;

namespace MailScope.Evaluation;

/// <summary>
/// Grouped cross-validation of the verdict calibration: the trades are dealt into folds, and each fold's asks
/// get the confidence of a calibration trained on the other folds only. It reports how well confidence tells
/// right verdicts from wrong ones on trades the calibration never saw (AUC, Brier score against the constant
/// base rate) and what a confidence line would do: flags it would drop, asks it would send to a second opinion.
/// </summary>
public static class CalibrationEvaluation
{
    private static readonly double[] Bands = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];

    public static void Run(IReadOnlyList<LabelledTrade> trades, int folds, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(trades);
        ArgumentNullException.ThrowIfNull(output);
        // The judge as shipped, as `train` sees it: the calibration measured is the one that would be shipped.
        var rows = EngineTrainer.CalibrationRows(trades, EngineTrainer.AsShipped);
        var confidence = new double[rows.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = rows.Where(r => r.Trade % folds != fold).Select(r => (r.Features, r.Right)).ToList();
            var (weights, _) = LogisticFit.FitWithCrossValidation(training);
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Trade % folds == fold)
                {
                    confidence[i] = LogisticFit.Probability(weights, rows[i].Features);
                }
            }
        }

        var baseRate = rows.Count(r => r.Right) / (double)rows.Count;
        output.WriteLine($"Calibration by {folds}-fold cross-validation over {trades.Count} trades (grouped by trade): {rows.Count} asks, {baseRate:P1} right");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  AUC {Auc(rows.Select(r => r.Right).ToList(), confidence):F3}; Brier {Brier(rows, i => confidence[i]):F4} (constant {baseRate:F3}: {Brier(rows, _ => baseRate):F4})"));
        output.WriteLine("  band        asks  mean conf  right  verdict right");
        for (var b = 0; b + 1 < Bands.Length; b++)
        {
            var inBand = Enumerable.Range(0, rows.Count).Where(i => confidence[i] >= Bands[b] && confidence[i] < Bands[b + 1]).ToList();
            if (inBand.Count > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {Bands[b]:0.00}-{Math.Min(Bands[b + 1], 1):0.00}  {inBand.Count,5}  {inBand.Average(i => confidence[i]),9:F3}  {inBand.Count(i => rows[i].Right) / (double)inBand.Count,5:P0}  {inBand.Count(i => rows[i].VerdictRight) / (double)inBand.Count,13:P0}"));
            }
        }

        output.WriteLine("  line  flags dropped (right / wrong)  asks below the line  verdict right below / above");
        foreach (var line in new[] { 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            var below = Enumerable.Range(0, rows.Count).Where(i => confidence[i] < line).ToList();
            var above = Enumerable.Range(0, rows.Count).Where(i => confidence[i] >= line).ToList();
            var dropped = below.Where(i => rows[i].Flagged).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {line:0.0}   {dropped.Count(i => rows[i].Right),6} / {dropped.Count(i => !rows[i].Right),-6}                 {below.Count,5} ({below.Count / (double)rows.Count:P0})      {Share(below, rows):P0} / {Share(above, rows):P0}"));
        }
    }

    private static double Share(List<int> indices, List<EngineTrainer.CalibrationRow> rows) =>
        indices.Count == 0 ? 0 : indices.Count(i => rows[i].VerdictRight) / (double)indices.Count;

    private static double Brier(List<EngineTrainer.CalibrationRow> rows, Func<int, double> p) =>
        Enumerable.Range(0, rows.Count).Average(i => Math.Pow(p(i) - (rows[i].Right ? 1 : 0), 2));

    /// <summary>The chance that a right verdict gets more confidence than a wrong one (ties count half).</summary>
    private static double Auc(List<bool> right, double[] score)
    {
        var order = Enumerable.Range(0, right.Count).OrderBy(i => score[i]).ToList();
        double rankSum = 0;
        for (var k = 0; k < order.Count;)
        {
            var j = k;
            while (j < order.Count && score[order[j]] == score[order[k]])
            {
                j++;
            }

            var averageRank = (k + j + 1) / 2.0;
            for (var m = k; m < j; m++)
            {
                if (right[order[m]])
                {
                    rankSum += averageRank;
                }
            }

            k = j;
        }

        double positives = right.Count(r => r), negatives = right.Count - positives;
        return positives == 0 || negatives == 0 ? 0.5 : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
