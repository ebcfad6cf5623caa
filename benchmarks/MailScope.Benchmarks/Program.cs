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
