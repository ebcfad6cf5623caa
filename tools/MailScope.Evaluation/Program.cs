using MailScope.Evaluation;

// dotnet run --project tools/MailScope.Evaluation -- [corpus|heldout|intent|all] [--verbose] [--model]
//                                                 -- explain BOOK CLIENT-ID "text"
if (args is ["misses", var file])
{
    // Sentences of a Parakweet file the rules get wrong: for studying the training file, never the test file.
    foreach (var line in File.ReadLines(file).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2))
    {
        var expected = line[0].Trim() == "Yes";
        if (expected != MailScope.Core.Asks.RequestCues.IsRequest(line[1]))
        {
            Console.WriteLine($"{(expected ? "FN" : "FP")}\t{line[1]}");
        }
    }

    return 0;
}

if (args is ["explain", var bookPath, var clientId, var text])
{
    Explain.Run(bookPath, clientId, text, Console.Out);
    return 0;
}

var what = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "all";
var verbose = args.Contains("--verbose");
var root = RepoPaths.Root;
var today = new DateOnly(2026, 11, 27);

if (what is "corpus" or "all")
{
    Console.Write("Development ");
    CorpusEvaluation.Run(Path.Combine(root, "tests", "corpus"), today).Print(Console.Out, verbose);
    Console.WriteLine();
}

if (what is "heldout" or "all")
{
    Console.Write("Held-out ");
    CorpusEvaluation.Run(Path.Combine(root, "tests", "corpus-heldout"), today).Print(Console.Out, verbose);
    Console.WriteLine();
}

if (what is "corrections")
{
    // dotnet run --project tools/MailScope.Evaluation -- corrections: corrections on the first half of each client's mail, scored on the second
    var roots = args.Skip(1).Where(a => !a.StartsWith('-')).ToList();
    CorrectionEvaluation.Run(roots.Count > 0 ? roots : [Path.Combine(root, "tests", "corpus"), Path.Combine(root, "tests", "corpus-heldout")], today).Print(Console.Out);
}

if (what is "folder")
{
    // dotnet run --project tools/MailScope.Evaluation -- folder PATH [--verbose]: any labelled set.
    CorpusEvaluation.Run(args[1], today).Print(Console.Out, verbose);
}

if (what is "intent" or "all")
{
    var data = Path.Combine(root, "tests", "data", "parakweet-email-intent");
    var model = args.Contains("--model") ? IntentTrainer.Train(Path.Combine(data, "Ask0729-fixed.txt"), Console.Out) : null;
    IntentEvaluation.Run(Path.Combine(data, "testSet-qualifiedBatch-fixed.txt"), model).Print(Console.Out, "the Parakweet test file (992 sentences)");
    if (verbose)
    {
        IntentEvaluation.Run(Path.Combine(data, "Ask0729-fixed.txt")).Print(Console.Out, "the Parakweet training file (3,657 sentences)");
    }
}

return 0;
