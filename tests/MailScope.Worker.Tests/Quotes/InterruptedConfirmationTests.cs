using MailScope.Core.Agreements;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Tests.Servers;
using MailScope.Worker.Tests.Syncing;
using MimeKit;

namespace MailScope.Worker.Tests.Quotes;

/// <summary>
/// A worker that dies between deciding a quote and saving its confirmation: the quote stays accepted, the
/// confirmation stays owed, and the next sync drafts it — once.
/// </summary>
[Collection(DovecotServers.Name)]
public sealed class InterruptedConfirmationTests(DovecotFixture server)
{
    [Fact]
    public async Task A_confirmation_a_dead_sync_owed_is_drafted_once_by_the_next()
    {
        var user = server.NewUser();
        await server.AppendAsync(user, [QuoteMail.ResumeAgain()]);
        var maildir = server.MaildirOf(user);
        using var harness = new SyncHarness(RepoPaths.Of("samples", "scope-book.yaml"), new Dictionary<string, string>
        {
            ["MailScope__Mailboxes__0__Name"] = user,
            ["MailScope__Mailboxes__0__Kind"] = "Maildir",
            ["MailScope__Mailboxes__0__Maildir__Path"] = maildir,
        });
        var first = await harness.SyncAsync();
        Assert.True(first.ExitCode == 0, first.Output);
        var quoteDraft = MimeMessage.Load(Assert.Single(Drafts(maildir)));

        await server.AppendAsync(user, [QuoteMail.Reply(quoteDraft, QuoteMail.Alex, "I accept.")]);
        // A file where Drafts' tmp/ goes: the sync decides the quote, then cannot save the confirmation and stops.
        var tmp = Path.Combine(maildir, ".Drafts", "tmp");
        Directory.Delete(tmp, recursive: true);
        await File.WriteAllTextAsync(tmp, "in the way");
        var dead = await harness.SyncAsync();

        Assert.NotEqual(0, dead.ExitCode);
        var quotes = new SqlQuoteBook(harness.Store());
        var quote = Assert.Single(await quotes.ListAsync(null, null, CancellationToken.None));
        Assert.Equal(QuoteStatus.Accepted, quote.Status);
        Assert.Single(await quotes.ListOwedConfirmationsAsync(user, 10, CancellationToken.None));

        File.Delete(tmp);
        Directory.CreateDirectory(tmp);
        var second = await harness.SyncAsync();
        var third = await harness.SyncAsync();

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.True(third.ExitCode == 0, third.Output);
        var drafts = Drafts(maildir).Select(f => MimeMessage.Load(f)).ToList();
        Assert.Equal(2, drafts.Count);
        Assert.Single(drafts, d => d.Attachments.OfType<MimePart>().Any(p => p.FileName == $"Agreement-{quote.Number}.pdf"));
        Assert.Empty(await quotes.ListOwedConfirmationsAsync(user, 10, CancellationToken.None));
    }

    private static string[] Drafts(string maildir) => Directory.GetFiles(Path.Combine(maildir, ".Drafts", "cur"));
}
