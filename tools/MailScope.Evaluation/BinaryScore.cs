namespace MailScope.Evaluation;

/// <summary>Precision, recall and F1 of a yes/no decision, counted case by case.</summary>
public sealed class BinaryScore
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int TrueNegatives { get; private set; }

    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    public void Add(bool expected, bool predicted)
    {
        if (expected && predicted)
        {
            TruePositives++;
        }
        else if (predicted)
        {
            FalsePositives++;
        }
        else if (expected)
        {
            FalseNegatives++;
        }
        else
        {
            TrueNegatives++;
        }
    }

    public void AddAll(BinaryScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
        TrueNegatives += other.TrueNegatives;
    }

    public override string ToString() =>
        $"precision {Precision:P1}  recall {Recall:P1}  F1 {F1:F3}  accuracy {Accuracy:P1}  (n={Total})";

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
