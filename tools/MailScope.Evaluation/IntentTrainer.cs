using MailScope.Core.Asks;

namespace MailScope.Evaluation;

/// <summary>
/// Trains the learned ask detector (<see cref="AskModel"/>): L2-regularised logistic regression by AdaGrad over the hashed
/// features, on the training file only, with a fixed seed so the shipped model is reproducible.
/// </summary>
public static class IntentTrainer
{
    private static readonly double[] L2Grid = [1e-4, 1e-3, 3e-3, 1e-2, 3e-2];
    private static readonly int[] EpochGrid = [2, 4, 8];

    internal static AskModel Train(string trainingFile, TextWriter log)
    {
        var rows = File.ReadLines(trainingFile)
            .Select(l => l.Split('\t', 2))
            .Where(p => p.Length == 2)
            .Select(p => (Features: AskFeatures.Of(p[1]), Label: p[0].Trim().Equals("Yes", StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.0))
            .ToList();

        // Regularisation and epochs are chosen by 5-fold cross-validation on the training file alone.
        var best = (L2: 0.0, Epochs: 0, Accuracy: -1.0);
        foreach (var l2 in L2Grid)
        {
            foreach (var epochs in EpochGrid)
            {
                var right = 0;
                for (var fold = 0; fold < 5; fold++)
                {
                    var train = rows.Where((_, i) => i % 5 != fold).ToList();
                    var model = new AskModel(Fit(train, l2, epochs, TextWriter.Null));
                    right += rows.Where((_, i) => i % 5 == fold).Count(r => (Predict(model, r.Features) >= 0.5) == (r.Label == 1.0));
                }

                var accuracy = (double)right / rows.Count;
                if (accuracy > best.Accuracy)
                {
                    best = (l2, epochs, accuracy);
                }
            }
        }

        log.WriteLine($"  model chosen by 5-fold cross-validation on the training file: l2={best.L2:G}, epochs={best.Epochs}, cv accuracy {best.Accuracy:P1}");
        return new AskModel(Fit(rows, best.L2, best.Epochs, TextWriter.Null));
    }

    private static double Predict(AskModel model, List<int> features) =>
        1 / (1 + Math.Exp(-features.Sum(f => (double)model.Weights[f])));

    private static float[] Fit(List<(List<int> Features, double Label)> rows, double l2, int epochs, TextWriter log)
    {
        var weights = new float[AskFeatures.Buckets];
        var squared = new double[AskFeatures.Buckets];
        const double rate = 0.3;
        var random = new Random(20261127);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var order = Enumerable.Range(0, rows.Count).OrderBy(_ => random.Next()).ToList();
            var loss = 0.0;
            foreach (var i in order)
            {
                var (features, label) = rows[i];
                var z = features.Sum(f => (double)weights[f]);
                var p = 1 / (1 + Math.Exp(-z));
                loss -= label * Math.Log(p + 1e-12) + (1 - label) * Math.Log(1 - p + 1e-12);
                var gradient = p - label;
                foreach (var f in features)
                {
                    var g = gradient + l2 * weights[f];
                    squared[f] += g * g;
                    weights[f] -= (float)(rate * g / Math.Sqrt(squared[f] + 1e-8));
                }
            }

            _ = loss;
        }

        return weights;
    }
}
