using MailScope.Core.Knowledge;

namespace MailScope.Core.Asks;

/// <summary>
/// The learned ask detector: logistic regression over <see cref="AskFeatures"/>, trained by the evaluation
/// tool's <c>train</c> command on the Parakweet Enron training file only (hyper-parameters by 5-fold
/// cross-validation there, fixed seed) and shipped as <c>Knowledge/ask-detector.bin</c> (little-endian
/// float32 per hash bucket). It finds the questions the rules do not read as asks.
/// </summary>
internal sealed class AskModel
{
    private readonly float[] _weights;

    public AskModel(float[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(weights.Length, AskFeatures.Buckets);
        _weights = weights;
    }

    public static AskModel Shipped { get; } = FromBytes(KnowledgeFile.Bytes("ask-detector.bin"));

    public IReadOnlyList<float> Weights => _weights;

    /// <summary>Probability that the sentence asks the reader to do or answer something.</summary>
    public double Probability(string sentence)
    {
        var z = 0.0;
        foreach (var f in AskFeatures.Of(sentence))
        {
            z += _weights[f];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    public static AskModel FromBytes(byte[] bytes)
    {
        var weights = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, weights, 0, weights.Length * sizeof(float));
        return new AskModel(weights);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[_weights.Length * sizeof(float)];
        Buffer.BlockCopy(_weights, 0, bytes, 0, bytes.Length);
        return bytes;
    }
}
