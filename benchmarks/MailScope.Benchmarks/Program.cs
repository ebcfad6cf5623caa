using BenchmarkDotNet.Running;
using MailScope.Benchmarks;

if (args is ["graph", ..])
{
    return await GraphBench.RunAsync(Console.Out);
}

if (args is ["addin", ..])
{
    return await AddInBench.RunAsync(Console.Out);
}

if (args is ["insights", ..])
{
    return await InsightsBench.RunAsync(Console.Out, args);
}

if (args is ["ratios", ..])
{
    return await RatiosBench.RunAsync(Console.Out, args);
}

if (args is ["plain-fetch", var port, var user, var password])
{
    return await PlainMailKit.FetchAsync(Console.Out, port, user, password);
}

if (args is ["plain-parse", var parseFolder])
{
    return PlainMailKit.Parse(Console.Out, parseFolder);
}

if (args is ["imap", ..])
{
    return await ImapBench.RunAsync(Console.Out, args);
}

return args is ["stages", var stagesBook, var stagesFolder] ? Profile.Stages(Console.Out, stagesBook, stagesFolder) : args is ["profile", var bookPath, var folder] ? Profile.Run(Console.Out, bookPath, folder) : args is ["profile"] ? Profile.Run(Console.Out) : args is ["scan", ..]
    ? ScanBench.Run(Console.Out)
    : RunBenchmarks(args is ["judge", .. var rest] ? rest : args);

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(JudgeBenchmarks).Assembly).Run(args.Contains("--filter") ? args : [.. args, "--filter", "*"]);
    return 0;
}
