using MailScope.Core.Agreements;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Tests.Servers;
using MailScope.Worker.Tests.Syncing;
using MimeKit;

namespace MailScope.Worker.Tests.Quotes;

/// <summary>MailScope:Drafting:Answer decides what the worker drafts per verdict.</summary>
[Collection(DovecotServers.Name)]
public sealed class AnswerSettingSyncTests(DovecotFixture server)
{
    [Fact]
    public async Task Goodwill_for_over_quota_is_drafted_and_recorded_once_and_upgrade_falls_back_to_best_where_it_does_not_fit()
    {
        var user = server.NewUser();
        // An extra call (over quota: goodwill fits) and a logo (outside expertise: left to the best answer).
        await server.AppendAsync(user, [
            MimeMessage.Load(RepoPaths.Of("samples", "mailbox", "01-alex-another-call.eml")),
            MimeMessage.Load(RepoPaths.Of("samples", "mailbox", "02-alex-logo.eml")),
        ]);
        using var harness = new SyncHarness(RepoPaths.Of("samples", "scope-book.yaml"), server.MailboxEnvironment(user));
        harness.Environment["MailScope__Drafting__Answer__OverQuota"] = "goodwill";
        harness.Environment["MailScope__Drafting__Answer__OutsideExpertise"] = "upgrade";

        var run = await harness.SyncAsync();
        var again = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.True(again.ExitCode == 0, again.Output);
        var drafts = await QuoteMail.DraftsAsync(server, user);
        Assert.Equal(2, drafts.Count);
        var call = drafts.Single(d => d.InReplyTo == "ea2b5d0ed1f36781@mail.example");
        Assert.Contains("this once, as a courtesy", call.TextBody, StringComparison.Ordinal);
        Assert.Empty(call.Attachments);
        var logo = drafts.Single(d => d.InReplyTo != "ea2b5d0ed1f36781@mail.example");
        Assert.Contains("Sam Patel", logo.TextBody, StringComparison.Ordinal); // no upgrade fits a logo: the referral
        var goodwill = Assert.Single(await new SqlLedger(harness.Store()).ListAsync("alex-kim", CancellationToken.None), e => e.Kind == LedgerKind.Goodwill);
        Assert.Equal((LedgerSource.Mail, "coaching-call", 1, 200m), (goodwill.Source, goodwill.ItemId, goodwill.Units, goodwill.Value));
    }
}
