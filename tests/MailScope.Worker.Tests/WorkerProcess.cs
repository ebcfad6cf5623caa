using System.Diagnostics;

namespace MailScope.Worker.Tests;

/// <summary>Runs the real worker executable (its own build output) and captures what it prints.</summary>
internal static class WorkerProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public string[] Lines => StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string Output => StdOut + StdErr;
    }

    public static Task<Result> RunAsync(params string[] args) => RunAsync(null, RepoPaths.Root, args);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string>? environment, string workingDirectory, params string[] args)
    {
        using var process = Start(environment, workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the worker without waiting for it; the caller reads its output and ends it.</summary>
    public static Process Start(IReadOnlyDictionary<string, string>? environment, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(WorkerBinary.Path);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // The worker reads its configuration from the environment (docs/worker.md); tests start from none.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MailScope__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>
    /// Stops the worker as systemd or <c>docker stop</c> would (SIGTERM) and waits for it to exit. Not SIGINT: a
    /// process a non-interactive shell starts in the background (as CI may start the tests) ignores it.
    /// </summary>
    public static async Task TerminateAsync(Process worker, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(worker);
        await MailScope.Tooling.Servers.DovecotServer.RunToolAsync("kill", "-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var timeout = new CancellationTokenSource(patience);
        await worker.WaitForExitAsync(timeout.Token);
    }
}
