using System.Net;

namespace MailScope.AddIn.Tests.Api;

/// <summary>A caller over its calls per minute is told to slow down.</summary>
[Collection(InMemoryHosts.Name)]
public sealed class RateLimitTests
{
    [Fact]
    public async Task Calls_over_the_limit_get_429()
    {
        using var factory = new AddInFactory();
        factory.Settings["MailScope:AddIn:RequestsPerMinute"] = "3";
        using var client = factory.Authorized();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsync("/api/analyze", Messages.Json(Messages.Stranger));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
