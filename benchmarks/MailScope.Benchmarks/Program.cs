using BenchmarkDotNet.Running;
using MailScope.Benchmarks;

return args is ["profile"] ? Profile.Run(Console.Out) : args is ["scan", ..]
    ? ScanBench.Run(Console.Out)
    : RunBenchmarks(args is ["judge", .. var rest] ? rest : args);

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(JudgeBenchmarks).Assembly).Run(args.Contains("--filter") ? args : [.. args, "--filter", "*"]);
    return 0;
}
