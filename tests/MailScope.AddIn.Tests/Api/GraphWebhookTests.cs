using System.Net;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace MailScope.AddIn.Tests.Api;

/// <summary>Graph change notifications: the validation handshake, clientState checked, a sync queued per mailbox.</summary>
[Collection(InMemoryHosts.Name)]
public sealed class GraphWebhookTests
{
    private static AddInFactory Factory()
    {
        var factory = new AddInFactory();
        factory.Settings["MailScope:Mailboxes:0:Name"] = "m365";
        factory.Settings["MailScope:Mailboxes:0:Kind"] = "Graph";
        factory.Settings["MailScope:Mailboxes:0:Graph:UserId"] = "dana@reyescoaching.com";
        factory.Settings["MailScope:Mailboxes:0:Graph:ClientState"] = "s3cret-state";
        return factory;
    }

    private static long Queued(AddInFactory factory) =>
        factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount("default");

    [Fact]
    public async Task The_validation_token_is_echoed_as_plain_text()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/webhooks/graph?validationToken=Validation%3A%20abc%2B123", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation: abc+123", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_notification_with_the_mailboxs_client_state_queues_one_sync_and_others_are_ignored()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();
        var before = Queued(factory);

        using var forged = await client.PostAsync("/webhooks/graph", Messages.Json(new { value = new[] { new { clientState = "guess", resource = "users/x/messages/1" } } }));
        Assert.Equal(HttpStatusCode.Accepted, forged.StatusCode);
        Assert.Equal(before, Queued(factory));

        using var real = await client.PostAsync("/webhooks/graph", Messages.Json(new
        {
            value = new[]
            {
                new { clientState = "s3cret-state", resource = "users/dana/messages/1" },
                new { clientState = "s3cret-state", resource = "users/dana/messages/2" },
            },
        }));

        Assert.Equal(HttpStatusCode.Accepted, real.StatusCode);
        Assert.Equal(before + 1, Queued(factory));
    }

    [Fact]
    public async Task A_missed_lifecycle_notification_queues_a_resync()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();
        var before = Queued(factory);

        using var response = await client.PostAsync("/webhooks/graph/lifecycle", Messages.Json(new { value = new[] { new { clientState = "s3cret-state", lifecycleEvent = "missed" } } }));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before + 1, Queued(factory));
    }
}
