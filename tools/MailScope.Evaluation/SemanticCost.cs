using System.Diagnostics;

namespace MailScope.Evaluation;

/// <summary>What the semantic signal cost in a run: the model's load, time per ask embedded alone, peak memory.</summary>
public static class SemanticCost
{
    public static void Print(TextWriter output, CachingEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(embedder);
        var single = embedder.SingleMilliseconds.Order().ToList();
        var median = single.Count == 0 ? 0 : single[single.Count / 2];
        using var process = Process.GetCurrentProcess();
        output.WriteLine($"Semantic cost: first call (model load + first batch) {embedder.FirstCall.TotalMilliseconds:F0} ms; {embedder.Embedded} texts embedded in {embedder.ModelTime.TotalSeconds:F1} s; " +
                         $"one ask alone: median {median:F1} ms over {single.Count}; peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }
}
