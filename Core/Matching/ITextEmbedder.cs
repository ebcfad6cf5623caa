namespace MailScope.Core.Matching;

/// <summary>
/// Turns short texts into vectors whose cosine similarity says how close their meanings are: the port of the
/// judgement's semantic signal (docs/judgement.md, "Semantic matching"). Implementations live outside Core
/// (an ONNX sentence encoder); a test can use a fake.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>A short name for the evidence and the logs ("minilm").</summary>
    string Name { get; }

    /// <summary>
    /// One vector per text, in order, each of unit length (so a dot product is the cosine similarity). All
    /// vectors of one embedder have the same length. May load a model on the first call; thread-safe.
    /// </summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts);
}
