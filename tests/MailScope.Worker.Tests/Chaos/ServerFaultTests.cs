using MailKit;
using MailKit.Net.Imap;
using MailScope.Chaos.Campaign;
using MailScope.Tooling.Servers;
using MailScope.Worker.Tests.Servers;

namespace MailScope.Worker.Tests.Chaos;

/// <summary>Servers failing under a sync, at a CI size: the failed sync says so (exit 1), the next completes, nothing lost or doubled.</summary>
[Collection(DovecotServers.Name)]
public sealed class ServerFaultTests(DovecotFixture server)
{
    [Fact]
    public async Task Dovecot_stopped_and_started_again_mid_sync()
    {
        ChaosAssert.Passed(await ServerFaults.DovecotRestartAsync(server, ChaosMail.Load(), ChaosAssert.Small(60, 1), TextWriter.Null));
    }

    [Fact]
    public async Task A_Graph_that_drops_connections_answers_500_503_429_and_serves_pages_twice()
    {
        ChaosAssert.Passed(await ServerFaults.GraphFaultsAsync(ChaosMail.Load(), ChaosAssert.Small(100, 4), TextWriter.Null));
    }

    [Fact]
    public async Task The_relay_without_CONDSTORE_hides_it_and_QRESYNC_and_passes_mail_through_unchanged()
    {
        var user = server.NewUser();
        var message = ChaosMail.Load().Generate(1, "relay")[0];
        await server.AppendAsync(user, [message]);
        await using var relay = new CapabilityFilterRelay(server.Port);
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", relay.Port, MailKit.Security.SecureSocketOptions.None);
        await client.AuthenticateAsync(user, DovecotServer.Password);

        Assert.False(client.Capabilities.HasFlag(ImapCapabilities.CondStore));
        Assert.False(client.Capabilities.HasFlag(ImapCapabilities.QuickResync));
        Assert.True(client.Capabilities.HasFlag(ImapCapabilities.UidPlus));
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var read = await client.Inbox.GetMessageAsync(0);
        Assert.Equal(ChaosMail.Bytes(message).Length, ChaosMail.Bytes(read).Length);
        Assert.Equal(message.TextBody, read.TextBody);
        await client.DisconnectAsync(true);
    }
}
