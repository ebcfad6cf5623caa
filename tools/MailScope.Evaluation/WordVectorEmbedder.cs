using System.Text.RegularExpressions;
using MailScope.Core.Language;
using MailScope.Core.Matching;

namespace MailScope.Evaluation;

/// <summary>
/// The lighter candidate (issue 10, step 3): a table of MiniLM vectors of single words, distilled for a
/// vocabulary (the corpora, the scope books, the knowledge files, the Enron training file); a text is the
/// frequency-weighted mean of its words' vectors (smooth inverse frequency), normalised. No model at run time.
/// </summary>
public sealed partial class WordVectorEmbedder : ITextEmbedder
{
    private const double Smoothing = 1e-3;
    private readonly Dictionary<string, (float[] Vector, double Weight)> _table;
    private readonly int _dimensions;

    private WordVectorEmbedder(Dictionary<string, (float[], double)> table, int dimensions)
    {
        _table = table;
        _dimensions = dimensions;
    }

    public string Name => "words";

    public int Words => _table.Count;

    /// <summary>Embeds every word of the vocabulary with <paramref name="teacher"/> (in batches), weighted by its frequency there.</summary>
    public static WordVectorEmbedder Distil(IEnumerable<string> texts, ITextEmbedder teacher)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(teacher);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in texts.SelectMany(WordsOf))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var total = (double)counts.Values.Sum();
        var words = counts.Keys.Where(w => !Lexicon.StopWords.Contains(w)).Order(StringComparer.Ordinal).ToList();
        var table = new Dictionary<string, (float[], double)>(StringComparer.Ordinal);
        var dimensions = 0;
        foreach (var batch in words.Chunk(64))
        {
            var vectors = teacher.Embed(batch);
            for (var i = 0; i < batch.Length; i++)
            {
                table[batch[i]] = (vectors[i], Smoothing / (Smoothing + (counts[batch[i]] / total)));
                dimensions = vectors[i].Length;
            }
        }

        return new WordVectorEmbedder(table, dimensions);
    }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Select(Vector).ToList();
    }

    private float[] Vector(string text)
    {
        var sum = new float[_dimensions];
        foreach (var word in WordsOf(text))
        {
            if (_table.TryGetValue(word, out var entry))
            {
                for (var i = 0; i < sum.Length; i++)
                {
                    sum[i] += (float)(entry.Weight * entry.Vector[i]);
                }
            }
        }

        var norm = MathF.Sqrt(sum.Sum(x => x * x));
        return norm == 0 ? sum : sum.Select(x => x / norm).ToArray();
    }

    private static IEnumerable<string> WordsOf(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"[a-z][a-z'-]*[a-z]|[a-z]")]
    private static partial Regex Word();
}
