using MailScope.Tooling.Servers;
using MailScope.Infrastructure.Configuration;
using MailScope.Worker.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>The subscription job: creates the subscription once, renews it after, makes a new one when Graph lost it.</summary>
public sealed class GraphSubscriptionTests : IAsyncLifetime
{
    private GraphStandIn _graph = null!;

    public async Task InitializeAsync() => _graph = await GraphStandIn.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task The_job_creates_then_renews_and_recreates_a_lost_subscription()
    {
        using var folder = new TempFolder();
        var options = new MailScopeOptions
        {
            Mailboxes =
            [
                new MailboxOptions
                {
                    Name = "m365", Kind = MailboxKind.Graph,
                    Graph = new GraphOptions
                    {
                        BaseUrl = _graph.BaseUrl.ToString().TrimEnd('/'), AccessToken = GraphStandIn.Token, UserId = "dana@reyescoaching.com",
                        ClientState = "s3cret-state", NotificationUrl = "https://mailscope.example.com/webhooks/graph",
                    },
                },
            ],
        };
        var store = new MailScope.Infrastructure.Storage.SqliteSyncStore($"Data Source={folder.File("store.db")}");
        await store.InitializeAsync(CancellationToken.None);
        var job = new GraphSubscriptionJob(options, store, NullLogger<GraphSubscriptionJob>.Instance);

        await job.RenewAsync("m365", CancellationToken.None);

        var (id, subscription) = Assert.Single(_graph.Subscriptions);
        Assert.Equal("created", subscription["changeType"]!.GetValue<string>());
        Assert.Equal("users/dana@reyescoaching.com/mailFolders('inbox')/messages", subscription["resource"]!.GetValue<string>());
        Assert.Equal("https://mailscope.example.com/webhooks/graph", subscription["notificationUrl"]!.GetValue<string>());
        Assert.Equal("https://mailscope.example.com/webhooks/graph/lifecycle", subscription["lifecycleNotificationUrl"]!.GetValue<string>());
        Assert.Equal("s3cret-state", subscription["clientState"]!.GetValue<string>());
        var expires = DateTimeOffset.Parse(subscription["expirationDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(6), TimeSpan.FromMinutes(10_080));

        await job.RenewAsync("m365", CancellationToken.None);
        Assert.Single(_graph.Subscriptions);
        Assert.Equal(1, _graph.Count("PATCH", "/subscriptions/" + id));

        _graph.Subscriptions.Clear(); // Graph removed it
        await job.RenewAsync("m365", CancellationToken.None);
        Assert.NotEqual(id, Assert.Single(_graph.Subscriptions).Key);
    }
}
