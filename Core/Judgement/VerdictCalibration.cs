using System.Text.Json;
using MailScope.Core.Knowledge;

namespace MailScope.Core.Judgement;

/// <summary>
/// How far to trust one ask's verdict: a logistic model over trade-free evidence (the cue, what kind of
/// item matched and how strongly, the rule that decided, the learned ask probability), trained on the
/// labelled corpora by the evaluation tool's <c>train</c> command and shipped as
/// <c>Knowledge/verdict-calibration.json</c>. Words of a trade never enter it, so it carries to new trades.
/// </summary>
internal sealed class VerdictCalibration
{
    private readonly Dictionary<string, double> _weights;

    public VerdictCalibration(IReadOnlyDictionary<string, double> weights) => _weights = new(weights, StringComparer.Ordinal);

    /// <summary>The shipped model.</summary>
    public static VerdictCalibration Shipped { get; } = FromJson(KnowledgeFile.Text("verdict-calibration.json"));

    /// <summary>
    /// The model shipped for judges with the semantic signal on: trained the same way with MiniLM and the shipped
    /// lines, so it has weights for the semantic evidence (<c>train --semantic</c>).
    /// </summary>
    public static VerdictCalibration ShippedSemantic => ShippedSemanticModel.Value;

    private static readonly Lazy<VerdictCalibration> ShippedSemanticModel = new(() => FromJson(KnowledgeFile.Text("verdict-calibration-semantic.json")));

    public IReadOnlyDictionary<string, double> Weights => _weights;

    /// <summary>Probability (0–1) that the verdict given with this evidence is right.</summary>
    public double Confidence(IReadOnlyDictionary<string, double> evidence)
    {
        var z = 0.0;
        foreach (var (name, value) in evidence)
        {
            z += _weights.GetValueOrDefault(name) * value;
        }

        return 1 / (1 + Math.Exp(-z));
    }

    public static VerdictCalibration FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var weights = document.RootElement.GetProperty("weights").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        return new VerdictCalibration(weights);
    }

    public string ToJson(string trainedOn)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteString("trained_on", trainedOn);
            w.WriteStartObject("weights");
            foreach (var (name, weight) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WriteNumber(name, Math.Round(weight, 5));
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
