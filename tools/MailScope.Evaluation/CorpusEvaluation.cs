using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Infrastructure.MailReading;

namespace MailScope.Evaluation;

/// <summary>
/// Runs the judgement over the labelled corpus: each folder under the root holds <c>scope.yaml</c>,
/// <c>mail/*.eml</c> and <c>labels.tsv</c> (file, expected verdict). Scores MailScope and the keyword baseline.
/// </summary>
public sealed class CorpusEvaluation
{
    private static readonly string[] Verdicts = ["not_a_client", "no_request", "in_scope", "over_quota", "out_of_scope", "outside_expertise"];

    public BinaryScore Flagged { get; } = new();

    public BinaryScore BaselineFlagged { get; } = new();

    public int Messages { get; private set; }

    public int VerdictsRight { get; private set; }

    public int BaselineVerdictsRight { get; private set; }

    public double VerdictAccuracy => Messages == 0 ? 0 : (double)VerdictsRight / Messages;

    public double BaselineVerdictAccuracy => Messages == 0 ? 0 : (double)BaselineVerdictsRight / Messages;

    /// <summary>Expected verdict → predicted verdict → count.</summary>
    public Dictionary<string, Dictionary<string, int>> Confusion { get; } = [];

    public List<string> Misses { get; } = [];

    public static CorpusEvaluation Run(string root, DateOnly today, IReadOnlyCollection<string>? trades = null)
    {
        var evaluation = new CorpusEvaluation();
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal)
                     .Where(f => File.Exists(Path.Combine(f, "scope.yaml")) && (trades is null || trades.Contains(Path.GetFileName(f)))))
        {
            if (!File.Exists(Path.Combine(folder, "labels.tsv")))
            {
                // A batch still being written has its book before its labels: nothing to score yet.
                Console.Error.WriteLine($"skipped {folder}: no labels.tsv");
                continue;
            }

            var book = ScopeBookLoader.LoadFile(Path.Combine(folder, "scope.yaml"));
            var judge = new ScopeJudge(book);
            var labels = File.ReadLines(Path.Combine(folder, "labels.tsv"))
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split('\t'))
                .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            var files = labels.Keys.Select(f => Path.Combine(folder, "mail", f)).Order(StringComparer.Ordinal);
            foreach (var item in MailInputs.Read(files, CancellationToken.None))
            {
                var expected = labels[Path.GetFileName(item.Source)];
                var message = item.Message ?? throw new InvalidDataException($"{item.Source}: {item.Error}");
                var judgement = judge.Judge(message, today);
                var body = message.TextBody ?? message.HtmlBody ?? string.Empty;
                var client = judge.FindClient(message.From);
                var baselineFlag = client is not null && KeywordBaseline.Flags(body);
                var baselineVerdict = client is null ? "not_a_client" : baselineFlag ? "out_of_scope" : "no_request";
                evaluation.Add(Path.GetRelativePath(root, item.Source), expected, judgement, baselineFlag, baselineVerdict);
            }
        }

        return evaluation;
    }

    private void Add(string source, string expected, MessageJudgement judgement, bool baselineFlag, string baselineVerdict)
    {
        var predicted = judgement.Verdict.ToWire();
        var expectedFlag = expected is "over_quota" or "out_of_scope" or "outside_expertise";
        Messages++;
        Flagged.Add(expectedFlag, judgement.Flagged);
        BaselineFlagged.Add(expectedFlag, baselineFlag);
        VerdictsRight += predicted == expected ? 1 : 0;
        BaselineVerdictsRight += baselineVerdict == expected ? 1 : 0;
        if (!Confusion.TryGetValue(expected, out var row))
        {
            Confusion[expected] = row = [];
        }

        row[predicted] = row.GetValueOrDefault(predicted) + 1;
        if (predicted != expected)
        {
            var ask = judgement.Requests.FirstOrDefault(r => r.Verdict == judgement.Verdict)?.Text ?? "-";
            Misses.Add($"{source}: expected {expected}, got {predicted} ({judgement.Reason}) \"{ask}\"");
        }
    }

    public void Print(TextWriter output, bool verbose)
    {
        output.WriteLine($"Corpus: {Messages} messages");
        output.WriteLine($"  flagged   MailScope  {Flagged}");
        output.WriteLine($"  flagged   keywords   {BaselineFlagged}");
        output.WriteLine($"  verdict accuracy: MailScope {VerdictAccuracy:P1}, keywords {BaselineVerdictAccuracy:P1}");
        output.WriteLine();
        output.WriteLine($"  confusion (rows expected, columns predicted)");
        output.WriteLine($"  {"",-18}" + string.Concat(Verdicts.Select(v => $"{Abbreviate(v),6}")));
        foreach (var expected in Verdicts)
        {
            var row = Confusion.GetValueOrDefault(expected) ?? [];
            output.WriteLine($"  {expected,-18}" + string.Concat(Verdicts.Select(v => $"{row.GetValueOrDefault(v),6}")));
        }

        if (verbose && Misses.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("  misjudged:");
            foreach (var miss in Misses)
            {
                output.WriteLine("   " + miss);
            }
        }
    }

    private static string Abbreviate(string verdict) => verdict switch
    {
        "not_a_client" => "nac",
        "no_request" => "none",
        "in_scope" => "in",
        "over_quota" => "over",
        "out_of_scope" => "out",
        _ => "expt",
    };
}
