using MailScope.Tooling.Insights;
using MailScope.Worker.Tests.Syncing;

namespace MailScope.Worker.Tests.Reporting;

/// <summary>
/// The weekly digest: off by default; when on, a real sync of the planted mailbox drafts one summary of the
/// week before to the provider, once per week however often it runs; bad settings exit 2 naming the key.
/// </summary>
public sealed class DigestTests
{
    [Fact]
    public async Task Off_by_default_and_when_on_drafted_once_per_week_with_the_week_figures_and_suggestions()
    {
        using var folder = new TempFolder();
        var (book, maildir) = PlantedMailbox.Write(folder.Path);
        using var harness = new SyncHarness(book, Mailbox(maildir), drafts: false);

        var off = await harness.SyncAsync();
        Assert.True(off.ExitCode == 0, off.Output);
        Assert.Empty(Drafts(maildir));

        harness.Environment["MailScope__Digest__Enabled"] = "true";
        var first = await harness.SyncAsync();
        var second = await harness.SyncAsync();

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        var digest = Assert.Single(Drafts(maildir));
        var text = await File.ReadAllTextAsync(digest);
        // Today is Friday 2026-11-27: the week before is 2026-11-16 to 2026-11-22 (Alex's extra call, Mia's cover letter).
        Assert.Contains("Subject: MailScope weekly digest: 2026-11-16 to 2026-11-22", text, StringComparison.Ordinal);
        Assert.Contains("To: Reyes Career Coaching <dana@reyescoaching.com>", text, StringComparison.Ordinal);
        Assert.Contains("Messages flagged as scope creep: 2", text, StringComparison.Ordinal);
        Assert.Contains("Asks in scope: 0 | over quota: 1 | out of scope: 1 | outside your expertise: 0", text, StringComparison.Ordinal);
        Assert.Contains("- cover-letter (out of scope): 4 times", text, StringComparison.Ordinal);
        Assert.Contains("- 3 clients asked for Cover letter review: add it to a package and reprice.", text, StringComparison.Ordinal);

        harness.Environment["MailScope__Today"] = "2026-11-30";
        var nextWeek = await harness.SyncAsync();
        Assert.True(nextWeek.ExitCode == 0, nextWeek.Output);
        Assert.Equal(2, Drafts(maildir).Count);
    }

    [Theory]
    [InlineData("MailScope__Digest__Mailbox", "nowhere", "MailScope:Digest:Mailbox: no mailbox named 'nowhere'")]
    [InlineData("MailScope__Digest__Day", "Funday", "MailScope:Digest:Day: 'Funday' is not one of")]
    [InlineData("MailScope__Digest__Enabled", "sometimes", "MailScope:Digest:Enabled: 'sometimes' is not true or false")]
    public async Task A_bad_digest_setting_exits_2_naming_the_key(string key, string value, string message)
    {
        using var folder = new TempFolder();
        var (book, maildir) = PlantedMailbox.Write(folder.Path);
        using var harness = new SyncHarness(book, Mailbox(maildir), drafts: false);
        harness.Environment["MailScope__Digest__Enabled"] = "true";
        harness.Environment[key] = value;

        var run = await harness.SyncAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.StdErr, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Mailbox(string maildir) => new()
    {
        ["MailScope__Mailboxes__0__Name"] = "planted",
        ["MailScope__Mailboxes__0__Kind"] = "Maildir",
        ["MailScope__Mailboxes__0__Maildir__Path"] = maildir,
    };

    private static List<string> Drafts(string maildir) =>
        [.. new[] { "cur", "new" }.Select(s => Path.Combine(maildir, ".Drafts", s)).Where(Directory.Exists).SelectMany(Directory.GetFiles)];
}
