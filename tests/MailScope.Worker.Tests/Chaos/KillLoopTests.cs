using MailScope.Chaos.Campaign;
using MailScope.Worker.Tests.Servers;

namespace MailScope.Worker.Tests.Chaos;

/// <summary>
/// The kill loops of the chaos campaign at a CI size: SIGKILLs at random moments of a first sync with drafts
/// on, then a clean sync; flagged exactly as scan says, one draft each, no quote number twice.
/// </summary>
[Collection(DovecotServers.Name)]
public sealed class KillLoopTests(DovecotFixture server, PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Theory]
    [InlineData("imap")]
    [InlineData("imap-nocondstore")]
    [InlineData("maildir")]
    [InlineData("graph")]
    public async Task Every_kill_of_a_first_sync_is_harmless(string source)
    {
        await using ChaosTarget target = source switch
        {
            "imap" => new ImapTarget(server, condStore: true),
            "imap-nocondstore" => new ImapTarget(server, condStore: false),
            "maildir" => new MaildirTarget(),
            _ => new GraphTarget(),
        };

        ChaosAssert.Passed(await KillLoop.RunAsync(target, ChaosMail.Load(), ChaosAssert.Small(60, 2), TextWriter.Null));
    }

    [Fact]
    public async Task Two_workers_on_PostgreSQL_killed_alternately_leave_every_IMAP_mailbox_complete()
    {
        await using var target = new ImapTarget(server, condStore: true);

        ChaosAssert.Passed(await SharedStoreKillLoop.RunAsync(target, postgres, ChaosMail.Load(), ChaosAssert.Small(80, 2), TextWriter.Null));
    }
}
