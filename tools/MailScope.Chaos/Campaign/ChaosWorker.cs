using System.Diagnostics;
using System.Text;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// The real worker executable (its own build output) started as a user starts it, its output drained as it
/// comes (a full pipe would stall it), and killed the hard way when the campaign says so.
/// </summary>
public sealed class ChaosWorker : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _open = 2;

    private ChaosWorker(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public sealed record Result(int ExitCode, string Output, bool Killed)
    {
        /// <summary>What a crash (an exception nothing handled) leaves on standard error.</summary>
        public bool Crashed => !Killed && (Output.Contains("Unhandled exception", StringComparison.Ordinal) || ExitCode is 134 or 139);
    }

    public bool HasExited => _process.HasExited;

    public bool Killed { get; private set; }

    public static ChaosWorker Start(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args) =>
        StartDll(WorkerBinary.Path, environment, workingDirectory, args);

    public static ChaosWorker StartDll(string dll, IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // The worker reads its configuration from the environment: the campaign's, never the caller's.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MailScope__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new ChaosWorker(Process.Start(start)!);
    }

    /// <summary>Runs the worker to its end (killed after <paramref name="timeout"/>, which is then a failure).</summary>
    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var worker = Start(environment, workingDirectory, args);
        if (!await worker.WaitAsync(timeout))
        {
            worker.Kill();
            var stuck = await worker.ResultAsync();
            return stuck with { ExitCode = -1, Output = $"did not finish within {timeout}: " + stuck.Output };
        }

        return await worker.ResultAsync();
    }

    /// <summary>Waits for the worker to end by itself; false when it still runs after <paramref name="patience"/>.</summary>
    public async Task<bool> WaitAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL, the worker and anything it started: no cleanup, no flush.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            Killed = true;
            _process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Sends SIGTERM (an orderly stop).</summary>
    public void Terminate()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
    }

    public async Task<Result> ResultAsync()
    {
        await _process.WaitForExitAsync();
        await Task.WhenAny(_drained.Task, Task.Delay(TimeSpan.FromSeconds(5)));
        lock (_output)
        {
            return new Result(_process.ExitCode, _output.ToString(), Killed);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            if (Interlocked.Decrement(ref _open) == 0)
            {
                _drained.TrySetResult();
            }

            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
