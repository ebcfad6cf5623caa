using MailScope.Core.Asks;

namespace MailScope.Evaluation;

/// <summary>
/// Sentence-level request detection on the Parakweet Enron intent set (one "Yes|No TAB sentence" a
/// line): MailScope's request cues against a keyword regex, on the test file.
/// </summary>
public sealed class IntentEvaluation
{
    public BinaryScore MailScope { get; } = new();

    public BinaryScore Baseline { get; } = new();

    /// <summary>Sentences MailScope got wrong, as "missed" (a request not seen) or "false" (seen where there is none); listed for the training file only.</summary>
    public List<string> Misses { get; } = [];

    /// <summary>The learned model alone (null when none is shipped).</summary>
    public BinaryScore? Model { get; private set; }

    public static IntentEvaluation Run(string path) => Run(path, null);

    internal static IntentEvaluation Run(string path, AskModel? model)
    {
        var evaluation = new IntentEvaluation();
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                continue;
            }

            var expected = line[..tab].Trim().Equals("Yes", StringComparison.OrdinalIgnoreCase);
            var sentence = line[(tab + 1)..];
            var found = RequestCues.IsRequest(sentence);
            evaluation.MailScope.Add(expected, found);
            if (found != expected)
            {
                evaluation.Misses.Add($"{(expected ? "missed" : "false ")}  {sentence}");
            }

            evaluation.Baseline.Add(expected, KeywordBaseline.IsRequest(sentence));
            if (model is not null)
            {
                evaluation.Model ??= new BinaryScore();
                evaluation.Model.Add(expected, model.Probability(sentence) >= 0.5);
            }
        }

        return evaluation;
    }

    public void Print(TextWriter output, string name)
    {
        output.WriteLine($"Request detection on {name}:");
        output.WriteLine($"  MailScope  {MailScope}");
        if (Model is not null)
        {
            output.WriteLine($"  model      {Model}");
        }

        output.WriteLine($"  keywords   {Baseline}");
        output.WriteLine("  reference points: always No 68.9%; keyword regex 81.2% (F1 0.62); best published 77.3%");
    }
}
