using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MailScope.Benchmarks;

/// <summary>
/// Generates 10k- and 100k-message mboxes and runs the real worker's <c>scan --json</c> over each in a child
/// process, reporting messages per second and the child's peak resident memory (VmHWM).
/// </summary>
internal static class ScanBench
{
    public static int Run(TextWriter output)
    {
        var root = RepoPaths.Root;
        var worker = WorkerBinary.Path;
        var book = Path.Combine(root, "samples", "scope-book.yaml");
        var folder = Path.Combine(Path.GetTempPath(), "mailscope-bench");
        Directory.CreateDirectory(folder);
        output.WriteLine("messages   size      seconds   msg/s     peak RSS");
        foreach (var count in new[] { 10_000, 100_000 })
        {
            var mbox = Path.Combine(folder, $"bench-{count}.mbox");
            if (!File.Exists(mbox))
            {
                Generate(mbox, count);
            }

            var (seconds, peakKb, lines) = Measure(worker, book, mbox);
            if (lines != count)
            {
                output.WriteLine($"scan printed {lines} lines for {count} messages");
                return 1;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count,8:N0}   {new FileInfo(mbox).Length / 1048576.0,5:F0} MB  {seconds,7:F1}   {count / seconds,7:N0}   {peakKb / 1024.0,6:F0} MB"));
        }

        return 0;
    }

    private static void Generate(string path, int count)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        for (var i = 0; i < count; i++)
        {
            writer.Write("From bench@example.com Mon Nov 23 09:14:00 2026\n");
            writer.Write(SampleMail.Eml(i, 2 + (i % 9)).Replace("\r\n", "\n", StringComparison.Ordinal));
            writer.Write('\n');
        }
    }

    private static (double Seconds, long PeakKb, int Lines) Measure(string worker, string book, string mbox)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { worker, "scan", "--scope", book, "--json", "--today", "2026-11-27", mbox })
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var lines = 0;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Interlocked.Increment(ref lines); } };
        process.BeginOutputReadLine();
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakMemory.ReadKb(process.Id));
        }

        return (clock.Elapsed.TotalSeconds, peak, lines);
    }
}
