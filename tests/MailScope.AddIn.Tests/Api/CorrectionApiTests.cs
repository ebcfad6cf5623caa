using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MailScope.AddIn.Tests.Api;

/// <summary>POST /api/corrections: the user's word on an ask changes how asks like it are judged from then on.</summary>
[Collection(InMemoryHosts.Name)]
public sealed class CorrectionApiTests(AddInFactory factory) : IClassFixture<AddInFactory>
{
    [Fact]
    public async Task Saying_not_creep_about_an_ask_judges_it_in_scope_afterwards()
    {
        using var client = factory.Authorized();
        var before = await AnalyzeAsync(client);
        Assert.Equal("over_quota", before.GetProperty("verdict").GetString());
        var ask = before.GetProperty("requests")[0].GetProperty("text").GetString();

        using var corrected = await client.PostAsJsonAsync("/api/corrections", new { text = ask, verdict = "in_scope", from = "alex.kim@example.com" });

        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        using var answer = JsonDocument.Parse(await corrected.Content.ReadAsStringAsync());
        Assert.Equal("alex-kim", answer.RootElement.GetProperty("client").GetString());
        var after = await AnalyzeAsync(client);
        Assert.Equal("in_scope", after.GetProperty("verdict").GetString());
        Assert.False(after.GetProperty("flagged").GetBoolean());
    }

    [Theory]
    [InlineData("""{"text":"","verdict":"in_scope"}""", "text")]
    [InlineData("""{"text":"one more call","verdict":"maybe"}""", "verdict")]
    [InlineData("""{"text":"one more call","verdict":"in_scope","from":"stranger@nowhere.example"}""", "from")]
    [InlineData("""{"text":"one more call","verdict":"out_of_scope","item":"no-such-item"}""", "item")]
    public async Task A_correction_that_cannot_be_kept_is_a_400_naming_the_field(string body, string field)
    {
        using var client = factory.Authorized();

        using var response = await client.PostAsync("/api/corrections", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task Corrections_need_the_api_key()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/corrections", new { text = "x", verdict = "in_scope" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<JsonElement> AnalyzeAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/analyze", Messages.Json(Messages.ExtraCall));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
