using MailScope.Worker.Tests.Servers;
using MailScope.Worker.Tests.Syncing;
using MimeKit;

namespace MailScope.Worker.Tests.Agreements;

/// <summary>
/// Verdicts from the book plus the ledger, through a real sync against Dovecot: per-month and per-week
/// quantities decided by the message's date, and an entry recorded with <c>ledger add</c> counting in the next sync.
/// </summary>
[Collection(DovecotServers.Name)]
public sealed class AgreementSyncTests(DovecotFixture server)
{
    private static readonly string Book = Path.Combine(RepoPaths.Root, "tests", "MailScope.Worker.Tests", "Agreements", "agreements-book.yaml");

    private static MimeMessage Mail(string from, string subject, string text, string date)
    {
        var message = new MimeMessage { Subject = subject, Date = DateTimeOffset.Parse(date + "T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture), MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("client.example") };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("dana@reyescoaching.com"));
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    private static async Task<Dictionary<string, string>> VerdictsAsync(SyncHarness harness, string mailbox) =>
        (await harness.Store().ListRecordsAsync(mailbox, CancellationToken.None)).ToDictionary(r => r.Subject!, r => r.Verdict);

    private static async Task LedgerAddAsync(SyncHarness harness, params string[] args)
    {
        var result = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, ["ledger", "add", .. args]);
        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public async Task A_retainer_clients_third_call_in_a_month_is_over_quota_and_the_first_of_the_next_month_in_scope()
    {
        var user = server.NewUser();
        using var harness = new SyncHarness(Book, server.MailboxEnvironment(user), drafts: false);
        await LedgerAddAsync(harness, "jo-park", "short-call", "--date", "2026-12-02");
        await LedgerAddAsync(harness, "jo-park", "short-call", "--date", "2026-12-09", "--note", "second call");
        const string ask = "Could we schedule a catch-up call next week?";
        await server.AppendAsync(user, [
            Mail("jo@park.example", "third in December", ask, "2026-12-14"),
            Mail("jo@park.example", "first in January", ask, "2027-01-04"),
        ]);

        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var verdicts = await VerdictsAsync(harness, user);
        Assert.Equal("over_quota", verdicts["third in December"]);
        Assert.Equal("in_scope", verdicts["first in January"]);
    }

    [Fact]
    public async Task A_per_week_quantity_is_over_quota_in_the_week_it_was_used_and_in_scope_the_next_week()
    {
        var user = server.NewUser();
        using var harness = new SyncHarness(Book, server.MailboxEnvironment(user), drafts: false);
        await LedgerAddAsync(harness, "wes-lee", "check-in", "--date", "2026-12-08"); // a Tuesday
        const string ask = "Could we do a check-in call on Friday?";
        await server.AppendAsync(user, [
            Mail("wes@lee.example", "same week", ask, "2026-12-10"),
            Mail("wes@lee.example", "next week", ask, "2026-12-14"), // the Monday after
        ]);

        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var verdicts = await VerdictsAsync(harness, user);
        Assert.Equal("over_quota", verdicts["same week"]);
        Assert.Equal("in_scope", verdicts["next week"]);
    }

    [Fact]
    public async Task A_ledger_entry_for_the_last_unit_makes_the_next_ask_over_quota_and_excludes_and_packages_side_by_side_hold()
    {
        var user = server.NewUser();
        using var harness = new SyncHarness(Book, server.MailboxEnvironment(user), drafts: false);
        const string ask = "Could you review my resume once more?";
        await server.AppendAsync(user, [
            Mail("alex.kim@example.com", "resume before", ask, "2026-11-25"),
            Mail("alex.kim@example.com", "linkedin", "Could you rewrite my LinkedIn headline?", "2026-11-25"),
            Mail("alex.kim@example.com", "cover letter", "Could you also review my cover letter for the Acme application?", "2026-11-25"),
        ]);
        var first = await harness.SyncAsync();
        Assert.True(first.ExitCode == 0, first.Output);

        await LedgerAddAsync(harness, "alex-kim", "resume-review", "--date", "2026-11-26");
        await server.AppendAsync(user, [Mail("alex.kim@example.com", "resume after", ask, "2026-11-27")]);
        var second = await harness.SyncAsync();

        Assert.True(second.ExitCode == 0, second.Output);
        var verdicts = await VerdictsAsync(harness, user);
        Assert.Equal("in_scope", verdicts["resume before"]);
        Assert.Equal("over_quota", verdicts["resume after"]);
        Assert.Equal("in_scope", verdicts["linkedin"]);
        Assert.Equal("out_of_scope", verdicts["cover letter"]);
    }
}
