using MailScope.Evaluation;

// dotnet run --project tools/MailScope.Evaluation -- [corpus|heldout|intent|all] [--verbose] [--model]
//                                                 -- explain BOOK CLIENT-ID "text"
//                                                 -- loto [--semantic [--words]] [--verbose]; shipped FOLDER... [--semantic]
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

var what = args.FirstOrDefault(a => !a.StartsWith('-') && !double.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out _)) ?? "all";
var verbose = args.Contains("--verbose");
var root = RepoPaths.Root;
if (Array.IndexOf(args, "--flag-confidence") is var fc and >= 0)
{
    EngineTrainer.FlagConfidence = double.Parse(args[fc + 1], System.Globalization.CultureInfo.InvariantCulture);
}

var semantic = args.Contains("--semantic");
using var miniLm = semantic ? new MailScope.Infrastructure.Semantic.MiniLmEmbedder() : null;
var embedder = miniLm is null ? null : new CachingEmbedder(miniLm);
if (embedder is not null && args.Contains("--words"))
{
    // --semantic --words: the distilled word-vector table instead of the model (the lighter candidate).
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var words = WordVectorEmbedder.Distil(VocabularySources.Texts(RepoPaths.Root), miniLm!);
    Console.WriteLine($"Word vectors: {words.Words} words distilled from MiniLM in {clock.Elapsed.TotalSeconds:F1} s");
    embedder = new CachingEmbedder(words);
}
var today = Array.IndexOf(args, "--today") is var ti and >= 0
    ? DateOnly.ParseExact(args[ti + 1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
    : new DateOnly(2026, 11, 27);

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
    var roots = args.Skip(1).Where(a => !a.StartsWith('-') && Directory.Exists(a)).ToList();
    // --semantic: the judge and the memory with MiniLM; --line X: the cosine at which two asks are alike.
    var line = Array.IndexOf(args, "--line") is var li and >= 0 ? double.Parse(args[li + 1], System.Globalization.CultureInfo.InvariantCulture) : MailScope.Core.Learning.CorrectionMemory.DefaultSemanticLine;
    // --book: one memory per book, of every client's first-half corrections (as the store keeps them); else per client.
    CorrectionEvaluation.Run(roots.Count > 0 ? roots : [Path.Combine(root, "tests", "corpus"), Path.Combine(root, "tests", "corpus-heldout")], today, embedder, line, args.Contains("--book")).Print(Console.Out);
}

if (what is "folder")
{
    // dotnet run --project tools/MailScope.Evaluation -- folder PATH [--verbose]: any labelled set.
    CorpusEvaluation.Run(args[1], today).Print(Console.Out, verbose);
}

if (what is "calibration")
{
    // dotnet run --project tools/MailScope.Evaluation -c Release -- calibration [--folds 10]: how well the confidence tells right
    // verdicts from wrong ones on trades the calibration was not trained on (every labelled trade, grouped by trade).
    var folds = Array.IndexOf(args, "--folds") is var fi and >= 0 ? int.Parse(args[fi + 1], System.Globalization.CultureInfo.InvariantCulture) : 10;
    var labelled = LabelledTrade.LoadAll(("corpus", Path.Combine(root, "tests", "corpus")), ("heldout", Path.Combine(root, "tests", "corpus-heldout")), ("recurring", Path.Combine(root, "tests", "corpus-recurring")));
    CalibrationEvaluation.Run(labelled, folds, Console.Out);
}

if (what is "train")
{
    // dotnet run --project tools/MailScope.Evaluation -c Release -- train: rewrites the shipped data files
    // under Core/Knowledge from the labelled trades and the Enron training file (deterministic).
    var trades = LabelledTrade.LoadAll(("corpus", Path.Combine(root, "tests", "corpus")), ("heldout", Path.Combine(root, "tests", "corpus-heldout")));
    if (embedder is not null)
    {
        // train --semantic: only the calibration for judges with the semantic signal (MiniLM, the shipped lines).
        var semanticOptions = EngineTrainer.Untrained with { Embedder = embedder, SemanticLines = MailScope.Core.Matching.SemanticLines.Default };
        var semanticCalibration = EngineTrainer.TrainCalibration(trades, Console.Out, semanticOptions)!;
        File.WriteAllText(Path.Combine(root, "Core", "Knowledge", "verdict-calibration-semantic.json"),
            semanticCalibration.ToJson(string.Join(", ", trades.Select(t => t.Set + "/" + t.Name)) + "; MiniLM, SemanticLines.Default"));
        Console.WriteLine("  wrote Core/Knowledge/verdict-calibration-semantic.json");
        return 0;
    }

    // The ask detector's features are the rules' own, so retraining it moves every verdict a little: only on request
    // (--ask-model). Without it the calibration learns from the judge as shipped, with the shipped detector.
    var retrainAskModel = args.Contains("--ask-model");
    var judging = retrainAskModel ? EngineTrainer.Untrained : EngineTrainer.AsShipped;
    var calibration = EngineTrainer.TrainCalibration(trades, Console.Out, judging)!;
    var names = string.Join(", ", trades.Select(t => t.Set + "/" + t.Name));
    File.WriteAllText(Path.Combine(root, "Core", "Knowledge", "verdict-calibration.json"), calibration.ToJson(names));
    if (retrainAskModel)
    {
        File.WriteAllBytes(Path.Combine(root, "Core", "Knowledge", "ask-detector.bin"), EngineTrainer.AskModel.ToBytes());
        Console.WriteLine("  wrote Core/Knowledge/ask-detector.bin (trained on the Enron training file only)");
    }

    Console.WriteLine("  wrote Core/Knowledge/verdict-calibration.json");
}

if (what is "shipped")
{
    // dotnet run --project tools/MailScope.Evaluation -c Release -- shipped FOLDER...: the engine exactly as shipped
    // (default options, shipped data files) on trade folders, per trade and pooled: a first look at new trades.
    var pooledShipped = new TradeScore();
    foreach (var folder in args.Skip(1).Where(a => !a.StartsWith('-') && Directory.Exists(a)))
    {
        var trade = LabelledTrade.Load("new", folder);
        var options = MailScope.Core.Judgement.JudgementOptions.Default with { Embedder = embedder };
        var score = LeaveOneTradeOut.Score(trade, new MailScope.Core.Judgement.ScopeJudge(trade.Book, options), today);
        Console.WriteLine($"  {trade.Name,-24} {score.Line()}");
        pooledShipped.AddAll(score);
    }

    Console.WriteLine($"  {"pooled",-24} {pooledShipped.Line()}");
    if (verbose)
    {
        // --all: every message, not only the misses; --items: the messages whose matched item is wrong.
        (args.Contains("--items") ? pooledShipped.ItemMisses : args.Contains("--all") ? pooledShipped.Judged : pooledShipped.Misses).ForEach(m => Console.WriteLine("   " + m));
    }

    if (embedder is not null)
    {
        SemanticCost.Print(Console.Out, embedder);
    }
}

if (what is "loto")
{
    // dotnet run --project tools/MailScope.Evaluation -c Release -- loto [--verbose]: the headline figure.
    var trades = LabelledTrade.LoadAll(("corpus", Path.Combine(root, "tests", "corpus")), ("heldout", Path.Combine(root, "tests", "corpus-heldout")));
    LeaveOneTradeOut.Trainer trainer;
    if (embedder is null)
    {
        trainer = EngineTrainer.WithRowsOnce(trades);
    }
    else
    {
        // loto --semantic: each fold's lines are chosen on its training trades (inner cross-validation).
        var tuning = new SemanticTuning(trades, embedder, EngineTrainer.Untrained, today);
        Console.WriteLine($"Semantic lines chosen on all {trades.Count} trades (the shipped default): {SemanticTuning.Describe(tuning.Choose(trades))}");
        trainer = training =>
        {
            var lines = tuning.Choose(training);
            var left = trades.Where(t => !training.Contains(t)).Select(t => t.Name);
            Console.WriteLine($"  without {string.Join(", ", left)}: {SemanticTuning.Describe(lines)}");
            return EngineTrainer.Train(training, embedder, lines);
        };
    }

    var (perTrade, pooled) = LeaveOneTradeOut.Run(trades, trainer, today);
    LeaveOneTradeOut.Print(Console.Out, perTrade, pooled, verbose);
    var enron = EnronThroughJudge.Run(Path.Combine(root, "tests", "data", "parakweet-email-intent", "testSet-qualifiedBatch-fixed.txt"), EngineTrainer.Train([]), today, verbose ? Console.Out : null);
    Console.WriteLine($"Enron test file through the judgement (generic book): {enron}");
    if (embedder is not null)
    {
        SemanticCost.Print(Console.Out, embedder);
    }
}

if (what is "enron")
{
    // The Enron test file through the whole judgement alone (loto prints it after the trades): a quick check that a
    // change to the cues or the in-progress sentences does not read more plain Enron mail as asks.
    var enron = EnronThroughJudge.Run(Path.Combine(root, "tests", "data", "parakweet-email-intent", "testSet-qualifiedBatch-fixed.txt"), EngineTrainer.Train([]), today, verbose ? Console.Out : null);
    Console.WriteLine($"Enron test file through the judgement (generic book): {enron}");
}

if (what is "intent" or "all")
{
    var data = Path.Combine(root, "tests", "data", "parakweet-email-intent");
    var model = args.Contains("--model") ? IntentTrainer.Train(Path.Combine(data, "Ask0729-fixed.txt"), Console.Out) : null;
    var test = IntentEvaluation.Run(Path.Combine(data, "testSet-qualifiedBatch-fixed.txt"), model);
    test.Print(Console.Out, "the Parakweet test file (992 sentences)");
    if (args.Contains("--misses"))
    {
        // intent --misses: every sentence of the training file the request cues got wrong, to read and learn from; the
        // test file's misses are never listed, so the test figure stays a test.
        IntentEvaluation.Run(Path.Combine(data, "Ask0729-fixed.txt")).Misses.ForEach(Console.WriteLine);
    }

    if (verbose)
    {
        IntentEvaluation.Run(Path.Combine(data, "Ask0729-fixed.txt")).Print(Console.Out, "the Parakweet training file (3,657 sentences)");
    }
}

return 0;
