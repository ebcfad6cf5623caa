using MailScope.Worker.Scanning;

namespace MailScope.Worker.Tests.Scanning;

/// <summary>Progress goes to standard error only when it is a terminal, and never into the results.</summary>
public class ScanProgressTests
{
    private static (string StdOut, string StdErr) Scan(bool terminal)
    {
        var stderr = new StringWriter();
        using var stdout = new MemoryStream();
        var request = new ScanRequest(RepoPaths.Of("samples", "scope-book.yaml"), [RepoPaths.Of("samples", "mailbox")], Json: true, new DateOnly(2026, 11, 27))
        {
            Progress = new ScanProgress(stderr, terminal),
        };

        Assert.Equal(ScanRunner.Ok, ScanRunner.Run(request, TextWriter.Null, stdout, stderr, CancellationToken.None));
        return (System.Text.Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    [Fact]
    public void A_terminal_sees_progress_and_the_results_stay_clean()
    {
        var (stdout, stderr) = Scan(terminal: true);

        Assert.Contains("scanned 1 messages", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("scanned", stdout, StringComparison.Ordinal);
        Assert.Equal(20, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Redirected_error_output_gets_no_progress() =>
        Assert.DoesNotContain("scanned", Scan(terminal: false).StdErr, StringComparison.Ordinal);
}
