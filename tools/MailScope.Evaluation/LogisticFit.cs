namespace MailScope.Evaluation;

/// <summary>
/// L2-regularised logistic regression over named features by full-batch gradient descent: small data,
/// deterministic (no sampling, no seed), with the penalty chosen by 5-fold cross-validation of the
/// log-loss on the training rows alone.
/// </summary>
public static class LogisticFit
{
    private static readonly double[] PenaltyGrid = [0.001, 0.01, 0.03, 0.1, 0.3, 1];

    public static (Dictionary<string, double> Weights, double Penalty) FitWithCrossValidation(IReadOnlyList<(IReadOnlyDictionary<string, double> Features, bool Label)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        // Each penalty's five folds are summed in order on their own, so running the penalties side by side gives the
        // same losses, and the same choice, as running them one after another.
        var losses = new double[PenaltyGrid.Length];
        Parallel.For(0, PenaltyGrid.Length, p =>
        {
            var loss = 0.0;
            for (var fold = 0; fold < 5; fold++)
            {
                var w = Fit(rows.Where((_, i) => i % 5 != fold).ToList(), PenaltyGrid[p]);
                loss += rows.Where((_, i) => i % 5 == fold).Sum(r => LogLoss(Probability(w, r.Features), r.Label));
            }

            losses[p] = loss;
        });

        var best = (Penalty: PenaltyGrid[0], Loss: double.MaxValue);
        for (var p = 0; p < PenaltyGrid.Length; p++)
        {
            if (losses[p] < best.Loss - 1e-9)
            {
                best = (PenaltyGrid[p], losses[p]);
            }
        }

        return (Fit(rows, best.Penalty), best.Penalty);
    }

    public static Dictionary<string, double> Fit(IReadOnlyList<(IReadOnlyDictionary<string, double> Features, bool Label)> rows, double penalty)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return [];
        }

        // Features by index in arrays rather than by name in dictionaries: the same sums in the same order (the same
        // weights to the last bit), an order of magnitude faster, which leave-one-trade-out's many folds need.
        var names = rows.SelectMany(r => r.Features.Keys).Distinct().ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var w = new double[names.Count];
        var dense = rows.Select(r => (Index: r.Features.Select(f => index[f.Key]).ToArray(), Value: r.Features.Select(f => f.Value).ToArray(), Label: r.Label ? 1 : 0)).ToArray();
        var bias = index.GetValueOrDefault("bias", -1);
        var gradient = new double[names.Count];
        const double rate = 0.5;
        for (var iteration = 0; iteration < 1500; iteration++)
        {
            for (var k = 0; k < w.Length; k++)
            {
                gradient[k] = k == bias ? 0.0 : penalty * w[k];
            }

            foreach (var (at, values, label) in dense)
            {
                var z = 0.0;
                for (var j = 0; j < at.Length; j++)
                {
                    z += w[at[j]] * values[j];
                }

                var error = 1 / (1 + Math.Exp(-z)) - label;
                for (var j = 0; j < at.Length; j++)
                {
                    gradient[at[j]] += error * values[j] / rows.Count;
                }
            }

            for (var k = 0; k < w.Length; k++)
            {
                w[k] -= rate * gradient[k];
            }
        }

        return names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => w[p.i], StringComparer.Ordinal);
    }

    public static double Probability(IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, double> features)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(features);
        var z = features.Sum(f => weights.GetValueOrDefault(f.Key) * f.Value);
        return 1 / (1 + Math.Exp(-z));
    }

    private static double LogLoss(double p, bool label) => -Math.Log(label ? p + 1e-12 : 1 - p + 1e-12);
}
