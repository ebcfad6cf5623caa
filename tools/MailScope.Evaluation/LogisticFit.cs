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
        var best = (Penalty: PenaltyGrid[0], Loss: double.MaxValue);
        foreach (var penalty in PenaltyGrid)
        {
            var loss = 0.0;
            for (var fold = 0; fold < 5; fold++)
            {
                var w = Fit(rows.Where((_, i) => i % 5 != fold).ToList(), penalty);
                loss += rows.Where((_, i) => i % 5 == fold).Sum(r => LogLoss(Probability(w, r.Features), r.Label));
            }

            if (loss < best.Loss - 1e-9)
            {
                best = (penalty, loss);
            }
        }

        return (Fit(rows, best.Penalty), best.Penalty);
    }

    public static Dictionary<string, double> Fit(IReadOnlyList<(IReadOnlyDictionary<string, double> Features, bool Label)> rows, double penalty)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var w = rows.SelectMany(r => r.Features.Keys).Distinct().ToDictionary(k => k, _ => 0.0, StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return w;
        }

        const double rate = 0.5;
        for (var iteration = 0; iteration < 1500; iteration++)
        {
            var gradient = w.Keys.ToDictionary(k => k, k => k == "bias" ? 0.0 : penalty * w[k], StringComparer.Ordinal);
            foreach (var (features, label) in rows)
            {
                var error = Probability(w, features) - (label ? 1 : 0);
                foreach (var (name, value) in features)
                {
                    gradient[name] += error * value / rows.Count;
                }
            }

            foreach (var (name, g) in gradient)
            {
                w[name] -= rate * g;
            }
        }

        return w;
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
