using System.Diagnostics;
using System.Globalization;

namespace MailScope.Benchmarks;

/// <summary>
/// A child process run to its end as a user would start it, under GNU time (Debian `time`): wall time, CPU
/// time (user + system) and peak RSS as the kernel counted them, its exit code and the lines it printed. On a
/// shared machine the CPU time is the steadier figure; the wall time is what a user waits.
/// </summary>
internal sealed record TimedProcess(string CommandLine, double Seconds, double CpuSeconds, long PeakKb, int ExitCode, int Lines, string Tail)
{
    private const string GnuTime = "/usr/bin/time";

    /// <summary>Runs <paramref name="command"/> (the program, then its arguments) and waits for its end.</summary>
    public static async Task<TimedProcess> RunAsync(IReadOnlyList<string> command, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(GnuTime))
        {
            throw new InvalidOperationException($"{GnuTime} is missing (apt-get install time)");
        }

        var report = Path.GetTempFileName();
        var start = new ProcessStartInfo(GnuTime) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-f", "%e %U %S %M", "-o", report }.Concat(command))
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

        using (var process = Process.Start(start)!)
        {
            process.OutputDataReceived += (_, e) => Keep(e.Data);
            process.ErrorDataReceived += (_, e) => Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await process.WaitForExitAsync(cancellationToken);
            var figures = (await File.ReadAllLinesAsync(report, cancellationToken)).Last().Split(' ');
            File.Delete(report);
            double Figure(int i) => double.Parse(figures[i], CultureInfo.InvariantCulture);
            return new TimedProcess(
                string.Join(' ', command.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)),
                Figure(0), Figure(1) + Figure(2), (long)Figure(3), process.ExitCode, lines, string.Join(" | ", tail));
        }
    }
}
