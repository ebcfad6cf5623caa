using MailScope.Core.Matching;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// A fake of our own port: each word becomes a concept (by a table the test gives, else itself), each concept a
/// dimension; a text is its normalised bag of concepts. Counts its calls, so a test can see the model was never asked.
/// </summary>
internal sealed class ConceptEmbedder(IReadOnlyDictionary<string, string> concepts) : ITextEmbedder
{
    private const int Dimensions = 257;

    public int Calls { get; private set; }

    public string Name => "concepts";

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        Calls++;
        return texts.Select(Vector).ToList();
    }

    private float[] Vector(string text)
    {
        var v = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', ',', '.', '?', '(', ')', '!'], StringSplitOptions.RemoveEmptyEntries))
        {
            var concept = concepts.GetValueOrDefault(word, word);
            v[(int)((uint)StableHash(concept) % Dimensions)] += 1;
        }

        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : v.Select(x => x / norm).ToArray();
    }

    private static int StableHash(string s)
    {
        unchecked
        {
            var h = 17;
            foreach (var c in s)
            {
                h = (h * 31) + c;
            }

            return h;
        }
    }
}
