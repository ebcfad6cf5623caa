using System.Diagnostics;

namespace MailScope.Benchmarks;

/// <summary>A child process run to its end as a user would start it: wall time, peak RSS, exit code and the lines it printed.</summary>
internal sealed record TimedProcess(string CommandLine, double Seconds, long PeakKb, int ExitCode, int Lines, string Tail)
{
    /// <summary>Runs <paramref name="command"/> (the program, then its arguments) and waits for its end.</summary>
    public static async Task<TimedProcess> RunAsync(IReadOnlyList<string> command, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        var lines = 0;
        var tail = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (tail)
            {
                lines++;
                tail.Enqueue(line);
                if (tail.Count > 5)
                {
                    tail.Dequeue();
                }
            }
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            // VmHWM is the high-water mark: polling it misses nothing but the last 20 ms.
            peak = Math.Max(peak, PeakMemory.ReadKb(process.Id));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        await process.WaitForExitAsync(cancellationToken);
        return new TimedProcess(string.Join(' ', command.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)), seconds, peak, process.ExitCode, lines, string.Join(" | ", tail));
    }
}
