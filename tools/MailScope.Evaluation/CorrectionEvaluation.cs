using MailScope.Core.Judgement;
using MailScope.Core.Learning;
using MailScope.Core.ScopeBooks;
using MailScope.Infrastructure.MailReading;

namespace MailScope.Evaluation;

/// <summary>
/// Learning from the user, measured: per client, the first half of their mail (in file order) is what the
/// user has seen; every message of it MailScope judged wrong is corrected as a user would (a flag taken off
/// → its asks are "not creep"; a missed or wrong verdict → the strongest ask gets the right one). The second
/// half is then judged without and with those corrections. A message labelled <c>no_request</c> that
/// MailScope read as creep is corrected to "not creep" (the user cannot say "this is not an ask").
/// </summary>
public sealed class CorrectionEvaluation
{
    public BinaryScore Without { get; } = new();

    public BinaryScore With { get; } = new();

    public int Messages { get; private set; }

    public int RightWithout { get; private set; }

    public int RightWith { get; private set; }

    public int Corrections { get; private set; }

    public int Helped { get; private set; }

    public int Hurt { get; private set; }

    /// <summary>Each message a correction changed for better or worse, and the correction it took.</summary>
    public List<string> Changes { get; } = [];

    public static CorrectionEvaluation Run(IEnumerable<string> roots, DateOnly today, MailScope.Core.Matching.ITextEmbedder? embedder = null, double line = CorrectionMemory.DefaultSemanticLine, bool bookWide = false)
    {
        var evaluation = new CorrectionEvaluation();
        foreach (var folder in roots.SelectMany(r => Directory.GetDirectories(r)).Order(StringComparer.Ordinal).Where(f => File.Exists(Path.Combine(f, "scope.yaml"))))
        {
            var judge = new ScopeJudge(ScopeBookLoader.LoadFile(Path.Combine(folder, "scope.yaml")), JudgementOptions.Default with { Embedder = embedder });
            var labels = File.ReadLines(Path.Combine(folder, "labels.tsv"))
                .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            var judged = MailInputs.Read(labels.Keys.Select(f => Path.Combine(folder, "mail", f)).Order(StringComparer.Ordinal), CancellationToken.None)
                .Where(i => i.Message is not null)
                .Select(i => (Expected: VerdictNames.FromWire(labels[Path.GetFileName(i.Source)])!.Value, Judgement: judge.Judge(i.Message!, today)))
                .Where(m => m.Judgement.ClientId is not null)
                .ToList();
            var halves = judged.GroupBy(m => m.Judgement.ClientId)
                .Select(c => c.ToList())
                .Select(mail => (Seen: mail.Take(mail.Count / 2).ToList(), Later: mail.Skip(mail.Count / 2).ToList()))
                .ToList();
            // The book's memory: what the user corrected in every client's first half (as the worker and add-in keep it),
            // or, per client, only that client's own corrections.
            var bookCorrections = halves.SelectMany(h => Corrected(h.Seen)).ToList();
            foreach (var (seen, later) in halves)
            {
                var own = Corrected(seen);
                var corrections = bookWide ? bookCorrections : own;
                evaluation.Corrections += own.Count;
                var memory = new CorrectionMemory(corrections, embedder: embedder, semanticLine: line);
                foreach (var (expected, judgement) in later)
                {
                    evaluation.Add(expected, judgement, memory.Apply(judgement));
                }
            }
        }

        return evaluation;
    }

    private static List<Correction> Corrected(List<(Verdict Expected, MessageJudgement Judgement)> seen) =>
        [.. seen.Where(m => m.Judgement.Verdict != m.Expected).SelectMany(m => CorrectionsFor(m.Judgement, m.Expected))];

    private static IEnumerable<Correction> CorrectionsFor(MessageJudgement judgement, Verdict expected)
    {
        var at = DateTimeOffset.UnixEpoch;
        if (!expected.IsFlagged())
        {
            // "Not creep": every ask of the message that was read as creep.
            return judgement.Requests.Where(r => r.Verdict.IsFlagged()).Select(r => new Correction(r.Text, Verdict.InScope, null, judgement.ClientId, at, "evaluation"));
        }

        var strongest = judgement.Requests.MaxBy(r => r.Verdict);
        return strongest is null ? [] : [new Correction(strongest.Text, expected, strongest.Match.Id, judgement.ClientId, at, "evaluation")];
    }

    private void Add(Verdict expected, MessageJudgement without, MessageJudgement with)
    {
        Messages++;
        Without.Add(expected.IsFlagged(), without.Flagged);
        With.Add(expected.IsFlagged(), with.Flagged);
        var rightWithout = Same(expected, without.Verdict);
        var rightWith = Same(expected, with.Verdict);
        RightWithout += rightWithout ? 1 : 0;
        RightWith += rightWith ? 1 : 0;
        Helped += !rightWithout && rightWith ? 1 : 0;
        Hurt += rightWithout && !rightWith ? 1 : 0;
        if (rightWithout != rightWith)
        {
            var changed = with.Requests.FirstOrDefault(r => r.Verdict == with.Verdict)?.Text ?? "-";
            Changes.Add($"{(rightWith ? "put right" : "put wrong")}: expected {expected.ToWire()}, {without.Verdict.ToWire()} -> {with.Verdict.ToWire()} for \"{changed}\"; {with.Reason}");
        }
    }

    // "Not creep" corrections give in_scope where the label is no_request: both are "no flag, nothing to answer".
    private static bool Same(Verdict expected, Verdict actual) =>
        expected == actual || (expected is Verdict.NoRequest or Verdict.InScope && actual is Verdict.NoRequest or Verdict.InScope);

    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Second halves of every client's mail: {Messages} messages; {Corrections} corrections from the first halves");
        output.WriteLine($"  without corrections: flag P {Without.Precision:P1} R {Without.Recall:P1} F1 {Without.F1:F3}, verdict (no ask ≈ in scope) {Ratio(RightWithout):P1}");
        output.WriteLine($"  with corrections:    flag P {With.Precision:P1} R {With.Recall:P1} F1 {With.F1:F3}, verdict (no ask ≈ in scope) {Ratio(RightWith):P1}");
        output.WriteLine($"  messages a correction put right: {Helped}; put wrong: {Hurt}");
        foreach (var change in Changes)
        {
            output.WriteLine($"    {change}");
        }
    }

    private double Ratio(int right) => Messages == 0 ? 0 : (double)right / Messages;
}
