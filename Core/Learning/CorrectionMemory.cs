using MailScope.Core.Judgement;
using MailScope.Core.Language;
using MailScope.Core.Matching;

namespace MailScope.Core.Learning;

/// <summary>
/// Judges asks like the ones the user corrected: an ask whose content words overlap a corrected ask's enough
/// (Jaccard of canonical stems) takes the corrected verdict. A correction for the same client wins over one
/// for another; among equals, the closest and then the newest. The user's word is certain: a corrected ask
/// is never "uncertain". With the semantic signal on (an <see cref="ITextEmbedder"/>), an ask said in other
/// words is alike too when the cosine of the two asks reaches <see cref="DefaultSemanticLine"/>.
/// </summary>
public sealed class CorrectionMemory
{
    /// <summary>How much two asks must share to be judged alike; measured in docs/judgement.md.</summary>
    public const double DefaultThreshold = 0.25;

    /// <summary>How close in meaning two asks must be to be judged alike when an embedder is given; measured in docs/judgement.md.</summary>
    public const double DefaultSemanticLine = 0.7;

    private readonly List<(Correction Correction, HashSet<string> Terms)> _examples;
    private readonly double _threshold;
    private readonly ITextEmbedder? _embedder;
    private readonly double _semanticLine;
    private readonly Lazy<IReadOnlyList<float[]>> _vectors;

    /// <summary>The corrections as examples.</summary>
    /// <param name="corrections">What the user said, newest or oldest first.</param>
    /// <param name="threshold">The Jaccard of stems at which two asks are alike.</param>
    /// <param name="embedder">The semantic signal's embedder, or null (words only).</param>
    /// <param name="semanticLine">The cosine at which two asks are alike when <paramref name="embedder"/> is given.</param>
    public CorrectionMemory(IEnumerable<Correction> corrections, double threshold = DefaultThreshold, ITextEmbedder? embedder = null, double semanticLine = DefaultSemanticLine)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        _threshold = threshold;
        _embedder = embedder;
        _semanticLine = semanticLine;
        _examples = [.. corrections.Select(c => (c, Terms(c.AskText))).Where(e => e.Item2.Count > 0)];
        // One batch for every example, on the first ask that needs it.
        _vectors = new(() => embedder is null || _examples.Count == 0 ? [] : embedder.Embed([.. _examples.Select(e => e.Correction.AskText)]));
    }

    public int Count => _examples.Count;

    /// <summary>The judgement with every ask that resembles a corrected one judged as corrected.</summary>
    public MessageJudgement Apply(MessageJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        if (_examples.Count == 0 || judgement.Requests.Count == 0)
        {
            return judgement;
        }

        var changed = false;
        var requests = judgement.Requests.Select(r =>
        {
            if (Closest(r.Text, judgement.ClientId) is not { } correction || correction.Verdict == r.Verdict)
            {
                return r;
            }

            changed = true;
            return r with { Verdict = correction.Verdict, Confidence = 1, Uncertain = false, Reason = $"You judged a similar ask {correction.Verdict.ToWire()} (\"{correction.AskText}\")." };
        }).ToList();
        if (!changed)
        {
            return judgement;
        }

        // As the judge does: an uncertain ask never decides the message's verdict.
        var strongest = requests.MaxBy(r => r.Uncertain ? Verdict.InScope : r.Verdict)!;
        return judgement with { Verdict = strongest.Uncertain ? Verdict.InScope : strongest.Verdict, Requests = requests, Reason = strongest.Reason };
    }

    /// <summary>The correction that applies to an ask of this client, if any.</summary>
    public Correction? Closest(string askText, string? clientId)
    {
        ArgumentNullException.ThrowIfNull(askText);
        var terms = Terms(askText);
        if (terms.Count == 0)
        {
            return null;
        }

        var meaning = _embedder is null ? null : _embedder.Embed([askText])[0];
        return _examples
            .Select((e, i) => (e.Correction, Score: Math.Max(WordScore(terms, e.Terms), Cosine(meaning, i))))
            .Where(e => e.Score > 0)
            .OrderByDescending(e => e.Correction.ClientId is not null && e.Correction.ClientId == clientId)
            .ThenByDescending(e => e.Score)
            .ThenByDescending(e => e.Correction.At)
            .Select(e => e.Correction)
            .FirstOrDefault();
    }

    /// <summary>The cosine with example <paramref name="index"/> when it reaches the line (words first: a word match ranks above any cosine), else 0.</summary>
    private double Cosine(float[]? meaning, int index)
    {
        if (meaning is null)
        {
            return 0;
        }

        var example = _vectors.Value[index];
        var dot = 0.0;
        for (var i = 0; i < meaning.Length; i++)
        {
            dot += meaning[i] * example[i];
        }

        return dot >= _semanticLine ? dot : 0;
    }

    /// <summary>1 + the Jaccard of stems when it reaches the threshold (so a word match ranks above any cosine), else 0.</summary>
    /// <remarks>
    /// Two asks that share only a pointer and a verb ("could you do something like that for us?"), or one thing of
    /// several ("swap the glass in those three" and "redraw it with those two changes before you start cutting glass"),
    /// are not alike: the things named must be the same, or three of them shared. What the work costs ("tell me the price")
    /// names no thing.
    /// </remarks>
    private double WordScore(HashSet<string> terms, HashSet<string> example) =>
        Jaccard(terms, example) is var j && j >= _threshold && SameThings(terms, example) ? 1 + j : 0;

    private static bool SameThings(HashSet<string> terms, HashSet<string> example)
    {
        var things = terms.Where(IsThing).ToHashSet();
        var exampleThings = example.Where(IsThing).ToHashSet();
        var shared = things.Count(exampleThings.Contains);
        return shared >= 3 || (shared > 0 && things.SetEquals(exampleThings));
    }

    private static bool IsThing(string key) =>
        ObjectWords.IsConcreteWord(key) && ObjectWords.IsThingKey(key) && !Lexicon.Activities.Contains(key) && !Lexicon.Money.Contains(key);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        return shared == 0 ? 0 : (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The canonical stems of an ask's content words (stop words left out).</summary>
    internal static HashSet<string> Terms(string text) =>
        [.. Tokenizer.Tokenize(text).Where(t => !Lexicon.StopWords.Contains(t.Word) && !Lexicon.StopWords.Contains(t.Key)).Select(t => Lexicon.Canonical(t.Key))];
}
