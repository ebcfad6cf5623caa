using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MailScope.Chaos.Campaign;

namespace MailScope.AddIn.Tests.Api;

/// <summary>
/// Broken requests against every API route (the chaos campaign's JSON mutations, and the cases it found):
/// a 4xx, never a 5xx, and the host keeps answering.
/// </summary>
[Collection(InMemoryHosts.Name)]
public sealed class ApiFuzzTests
{
    private const string Message = """
        {"from":"alex.kim@example.com","fromName":"Alex Kim","to":["dana@reyescoaching.com"],"subject":"Another call?","bodyType":"html","body":"<p>Hi Dana,</p><p>Could we book one more coaching call next week?</p>","internetMessageId":"<call@example.com>","receivedAt":"2026-11-20T09:14:00Z","offer":"change-order"}
        """;

    private static readonly (string Path, string Body)[] Routes =
    [
        ("api/analyze", Message),
        ("api/reply", Message),
        ("api/attachment-links", """{"name":"quote.pdf","contentType":"application/pdf","base64":"JVBERi0xLjQK"}"""),
        ("api/session", "{}"),
        ("webhooks/graph", """{"value":[{"subscriptionId":"s1","clientState":"s3cret-state","changeType":"created","resource":"users/u/messages/m"}]}"""),
        ("webhooks/graph/lifecycle", """{"value":[{"subscriptionId":"s1","clientState":"s3cret-state","lifecycleEvent":"reauthorizationRequired"}]}"""),
    ];

    private static AddInFactory Factory()
    {
        var factory = new AddInFactory();
        factory.Settings["MailScope:AddIn:RequestsPerMinute"] = "1000000";
        factory.Settings["MailScope:Mailboxes:0:Name"] = "m365";
        factory.Settings["MailScope:Mailboxes:0:Kind"] = "Graph";
        factory.Settings["MailScope:Mailboxes:0:Graph:UserId"] = "dana@reyescoaching.com";
        factory.Settings["MailScope:Mailboxes:0:Graph:ClientState"] = "s3cret-state";
        return factory;
    }

    [Theory]
    [InlineData("api/analyze")]
    [InlineData("api/reply")]
    [InlineData("api/attachment-links")]
    public async Task A_JSON_body_in_a_charset_nobody_knows_is_refused_as_unsupported(string path)
    {
        using var factory = Factory();
        using var client = factory.Authorized();
        using var content = new StringContent(Routes.Single(r => r.Path == path).Body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=x-bogus");

        using var response = await client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("""{"value":[42,"x",null]}""")]
    [InlineData("""{"value":[{"clientState":5,"lifecycleEvent":7}]}""")]
    [InlineData("""{"value":[{"clientState":"s3cret-state","lifecycleEvent":7}]}""")]
    public async Task A_notification_that_is_not_what_Graph_sends_is_not_a_server_error(string body)
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("webhooks/graph", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.InRange((int)response.StatusCode, 200, 499);
    }

    [Fact]
    public async Task Mutated_JSON_against_every_route_gets_a_4xx_or_2xx_and_the_host_stays_up()
    {
        using var factory = Factory();
        using var client = factory.Authorized();
        var failures = new List<string>();
        foreach (var (path, body) in Routes)
        {
            for (var i = 0; i < 36; i++)
            {
                using var content = new ByteArrayContent(JsonMutator.Mutate(body, 13, i));
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(i % 13 == 0 ? "application/json; charset=x-bogus" : "application/json");
                using var response = await client.PostAsync(path, content);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{path} #{i}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("healthz")).StatusCode);
    }
}
