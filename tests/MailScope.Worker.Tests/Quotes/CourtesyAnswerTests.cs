using System.Text.Json;
using MimeKit;

namespace MailScope.Worker.Tests.Quotes;

/// <summary>The two answers that sell nothing: <c>draft --offer decline</c> and <c>--offer goodwill</c>, and the worker's setting per verdict.</summary>
public sealed class CourtesyAnswerTests : IDisposable
{
    private static readonly string Book = RepoPaths.Of("samples", "scope-book.yaml");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Dictionary<string, string> Store => new() { ["MailScope__ScopeBook"] = Book, ["MailScope__DataFolder"] = _temp.File("state"), ["MailScope__Today"] = "2026-11-27" };

    private Task<WorkerProcess.Result> DraftAsync(string message, string offer) =>
        WorkerProcess.RunAsync(Store, _temp.Path, "draft", "--scope", Book, "--today", "2026-11-27", "--state", _temp.File("state"), "--out", _temp.File("reply.eml"),
            "--offer", offer, RepoPaths.Of("samples", "mailbox", message));

    [Fact]
    public async Task Decline_is_a_kind_firm_no_with_no_paid_path_and_a_referral_where_one_fits()
    {
        var result = await DraftAsync("02-alex-logo.eml", "decline");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var reply = await MimeMessage.LoadAsync(_temp.File("reply.eml"));
        Assert.Contains("to be fair to my other clients I can't include it", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sam Patel (sam@patelbrand.example)", reply.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("USD", reply.TextBody, StringComparison.Ordinal);
        Assert.Empty(reply.Attachments);
        var quotes = await WorkerProcess.RunAsync(Store, _temp.Path, "quotes", "list", "--json");
        Assert.Equal("[]", quotes.StdOut.Trim());
    }

    [Fact]
    public async Task Goodwill_says_yes_this_once_with_next_times_price_and_records_it_in_the_ledger()
    {
        var result = await DraftAsync("01-alex-another-call.eml", "goodwill");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var reply = await MimeMessage.LoadAsync(_temp.File("reply.eml"));
        Assert.Contains("this once, as a courtesy", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("next time it would be 200.00 USD", reply.TextBody, StringComparison.Ordinal);
        Assert.Empty(reply.Attachments);
        var ledger = await WorkerProcess.RunAsync(Store, _temp.Path, "ledger", "list", "alex-kim", "--json");
        Assert.True(ledger.ExitCode == 0, ledger.Output);
        using var json = JsonDocument.Parse(ledger.StdOut);
        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("coaching-call", 1, "goodwill", "cli"),
            (entry.GetProperty("item").GetString(), entry.GetProperty("units").GetInt32(), entry.GetProperty("kind").GetString(), entry.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Goodwill_that_cannot_be_priced_exits_2_and_says_why()
    {
        var result = await DraftAsync("02-alex-logo.eml", "goodwill");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Goodwill needs", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_answer_per_verdict_stops_the_worker_naming_the_key()
    {
        var environment = new Dictionary<string, string>(Store) { ["MailScope__Drafting__Answer__OverQuota"] = "freebie" };

        var run = await WorkerProcess.RunAsync(environment, _temp.Path, "sync", "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MailScope:Drafting:Answer:OverQuota", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("freebie", run.StdErr, StringComparison.Ordinal);
    }
}
