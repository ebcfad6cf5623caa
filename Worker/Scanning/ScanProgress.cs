using System.Diagnostics;

namespace MailScope.Worker.Scanning;

/// <summary>A progress line on standard error, only when it is a terminal, at most four times a second.</summary>
internal sealed class ScanProgress(TextWriter error, bool enabled)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastMs = -1000;

    public static ScanProgress ForConsole() => new(Console.Error, !Console.IsErrorRedirected);

    public void Report(ScanTotals totals)
    {
        if (!enabled || _clock.ElapsedMilliseconds - _lastMs < 250)
        {
            return;
        }

        _lastMs = _clock.ElapsedMilliseconds;
        var rate = totals.Messages / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        error.Write($"\rscanned {totals.Messages:N0} messages, {totals.Flagged:N0} flagged ({rate:N0}/s)   ");
    }

    public void Done()
    {
        if (enabled && _lastMs >= 0)
        {
            error.Write('\r');
            error.Write(new string(' ', 60));
            error.Write('\r');
        }
    }
}
