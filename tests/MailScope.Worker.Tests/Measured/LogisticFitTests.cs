using MailScope.Evaluation;

namespace MailScope.Worker.Tests.Measured;

/// <summary>The fit over arrays must give the weights the fit over named features gave, to the last bit.</summary>
public class LogisticFitTests
{
    [Theory]
    [InlineData(0.001)]
    [InlineData(0.3)]
    public void Fit_over_arrays_gives_the_weights_of_the_fit_over_names(double penalty)
    {
        var rows = Rows(300);

        var fast = LogisticFit.Fit(rows, penalty);
        var plain = PlainFit(rows, penalty);

        Assert.Equal(plain.Keys, fast.Keys);
        Assert.All(plain, p => Assert.Equal(p.Value, fast[p.Key]));
        Assert.Contains(fast.Values, v => Math.Abs(v) > 0.1);
    }

    [Fact]
    public void Cross_validation_picks_a_penalty_of_the_grid_and_fits_all_rows_with_it()
    {
        var rows = Rows(200);

        var (weights, penalty) = LogisticFit.FitWithCrossValidation(rows);

        Assert.Equal(PlainFit(rows, penalty), weights);
    }

    /// <summary>Rows with a bias, a feature that tells the label and noise; not every row has every feature.</summary>
    private static List<(IReadOnlyDictionary<string, double> Features, bool Label)> Rows(int count)
    {
        var random = new Random(7);
        var rows = new List<(IReadOnlyDictionary<string, double>, bool)>();
        for (var i = 0; i < count; i++)
        {
            var label = random.NextDouble() < 0.6;
            var features = new Dictionary<string, double> { ["bias"] = 1, ["signal"] = (label ? 1 : -1) * random.NextDouble() + random.NextDouble() - 0.5 };
            if (i % 3 != 0)
            {
                features["noise"] = random.NextDouble();
            }

            if (i % 7 == 0)
            {
                features["rare"] = 1;
            }

            rows.Add((features, label));
        }

        return rows;
    }

    /// <summary>The fit as first written, by name: the reference.</summary>
    private static Dictionary<string, double> PlainFit(List<(IReadOnlyDictionary<string, double> Features, bool Label)> rows, double penalty)
    {
        var w = rows.SelectMany(r => r.Features.Keys).Distinct().ToDictionary(k => k, _ => 0.0, StringComparer.Ordinal);
        for (var iteration = 0; iteration < 1500; iteration++)
        {
            var gradient = w.Keys.ToDictionary(k => k, k => k == "bias" ? 0.0 : penalty * w[k], StringComparer.Ordinal);
            foreach (var (features, label) in rows)
            {
                var error = LogisticFit.Probability(w, features) - (label ? 1 : 0);
                foreach (var (name, value) in features)
                {
                    gradient[name] += error * value / rows.Count;
                }
            }

            foreach (var (name, g) in gradient)
            {
                w[name] -= 0.5 * g;
            }
        }

        return w;
    }
}
