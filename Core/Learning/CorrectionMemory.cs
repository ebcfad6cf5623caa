using MailScope.Core.Judgement;
using MailScope.Core.Language;

namespace MailScope.Core.Learning;

/// <summary>
/// Judges asks like the ones the user corrected: an ask whose content words overlap a corrected ask's enough
/// (Jaccard of canonical stems) takes the corrected verdict. A correction for the same client wins over one
/// for another; among equals, the closest and then the newest. The user's word is certain: a corrected ask
/// is never "uncertain".
/// </summary>
public sealed class CorrectionMemory
{
    /// <summary>How much two asks must share to be judged alike; measured in docs/judgement.md.</summary>
    public const double DefaultThreshold = 0.25;

    private readonly List<(Correction Correction, HashSet<string> Terms)> _examples;
    private readonly double _threshold;

    public CorrectionMemory(IEnumerable<Correction> corrections, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        _threshold = threshold;
        _examples = [.. corrections.Select(c => (c, Terms(c.AskText))).Where(e => e.Item2.Count > 0)];
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

        return _examples
            .Select(e => (e.Correction, Score: Jaccard(terms, e.Terms)))
            .Where(e => e.Score >= _threshold)
            .OrderByDescending(e => e.Correction.ClientId is not null && e.Correction.ClientId == clientId)
            .ThenByDescending(e => e.Score)
            .ThenByDescending(e => e.Correction.At)
            .Select(e => e.Correction)
            .FirstOrDefault();
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        return shared == 0 ? 0 : (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The canonical stems of an ask's content words (stop words left out).</summary>
    internal static HashSet<string> Terms(string text) =>
        [.. Tokenizer.Tokenize(text).Where(t => !Lexicon.StopWords.Contains(t.Word) && !Lexicon.StopWords.Contains(t.Key)).Select(t => Lexicon.Canonical(t.Key))];
}
