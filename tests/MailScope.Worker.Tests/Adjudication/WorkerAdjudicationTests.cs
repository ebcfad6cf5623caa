using System.Text.RegularExpressions;
using MailScope.Tooling.Servers;

namespace MailScope.Worker.Tests.Adjudication;

/// <summary>The worker process with the adjudicator configured: its answers decide what gets flagged; its key stays out of the output.</summary>
public sealed partial class WorkerAdjudicationTests
{
    private const string Key = "sk-worker-test-key-9876";

    [Fact]
    public async Task A_sync_takes_the_adjudicators_verdicts_and_never_prints_its_key()
    {
        await using var chat = await ChatStandIn.StartAsync();
        chat.Answer = _ => """{"verdict":"in_scope","item":null,"reason":"Covered by the agreement."}""";
        using var plain = new TempFolder();
        using var judged = new TempFolder();

        var without = await WorkerProcess.RunAsync(new Dictionary<string, string>(), plain.Path, "sync", "--once");
        var with = await WorkerProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["MailScope__Adjudicator__Enabled"] = "true",
                ["MailScope__Adjudicator__Endpoint"] = chat.Endpoint.ToString(),
                ["MailScope__Adjudicator__Model"] = "stand-in-model",
                ["MailScope__Adjudicator__ApiKey"] = Key,
                ["MailScope__Adjudicator__Below"] = "1",
                ["Logging__LogLevel__Default"] = "Debug",
            },
            judged.Path,
            "sync",
            "--once");

        Assert.True(without.ExitCode == 0, without.Output);
        Assert.True(with.ExitCode == 0, with.Output);
        Assert.True(Flagged(without.Output) > 0, without.Output);
        Assert.Equal(0, Flagged(with.Output));
        Assert.NotEmpty(chat.Requests);
        Assert.DoesNotContain(Key, with.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_that_cannot_work_stops_the_worker_naming_the_key()
    {
        using var folder = new TempFolder();

        var run = await WorkerProcess.RunAsync(
            new Dictionary<string, string> { ["MailScope__Adjudicator__Enabled"] = "true", ["MailScope__Adjudicator__Model"] = "m" },
            folder.Path,
            "sync",
            "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MailScope:Adjudicator:Endpoint", run.Output, StringComparison.Ordinal);
    }

    private static int Flagged(string output) => int.Parse(FlaggedCount().Match(output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\d+) flagged")]
    private static partial Regex FlaggedCount();
}
