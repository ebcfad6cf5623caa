using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MailScope.AddIn.Tests.Api;

/// <summary>POST /api/delivered and /api/delivered/undo: a unit recorded from the pane counts in the next analysis; undo takes it back.</summary>
[Collection(InMemoryHosts.Name)]
public sealed class DeliveredApiTests(AddInFactory factory) : IClassFixture<AddInFactory>
{
    private const string Resume = """{"from":"priya.nair@example.org","subject":"CV","bodyType":"text","body":"Could you review my resume once more?","internetMessageId":"<api-resume@example.org>"}""";

    [Fact]
    public async Task A_marked_unit_is_counted_by_the_next_analysis_and_listed_for_undo_and_undo_restores_it()
    {
        using var client = factory.Authorized();
        var before = await AnalyzeAsync(client);
        Assert.Equal("in_scope", before.GetProperty("verdict").GetString());
        Assert.Equal(0, Usage(before, "resume-review").GetProperty("used").GetInt32());

        using var marked = await client.PostAsJsonAsync("/api/delivered", new { from = "priya.nair@example.org", item = "resume-review", messageId = "<api-resume@example.org>" });
        Assert.Equal(HttpStatusCode.Created, marked.StatusCode);
        var id = JsonDocument.Parse(await marked.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();

        var after = await AnalyzeAsync(client);
        Assert.Equal("over_quota", after.GetProperty("verdict").GetString());
        Assert.Equal(1, Usage(after, "resume-review").GetProperty("used").GetInt32());
        Assert.Equal(id, Assert.Single(after.GetProperty("delivered").EnumerateArray()).GetProperty("id").GetInt64());

        using var undone = await client.PostAsJsonAsync("/api/delivered/undo", new { id });
        using var again = await client.PostAsJsonAsync("/api/delivered/undo", new { id });

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var restored = await AnalyzeAsync(client);
        Assert.Equal("in_scope", restored.GetProperty("verdict").GetString());
        Assert.Equal(0, Usage(restored, "resume-review").GetProperty("used").GetInt32());
        Assert.Empty(restored.GetProperty("delivered").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"from":"stranger@nowhere.example","item":"resume-review","messageId":"<x@y>"}""", "from")]
    [InlineData("""{"from":"priya.nair@example.org","item":"email-support","messageId":"<x@y>"}""", "item")]
    [InlineData("""{"from":"priya.nair@example.org","item":"logo","messageId":"<x@y>"}""", "item")]
    [InlineData("""{"from":"priya.nair@example.org","item":"resume-review"}""", "messageId")]
    public async Task A_unit_that_cannot_be_recorded_is_a_400_naming_the_field(string body, string field)
    {
        using var client = factory.Authorized();

        using var response = await client.PostAsync("/api/delivered", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task Marking_and_undoing_need_the_api_key()
    {
        using var client = factory.CreateClient();

        using var mark = await client.PostAsJsonAsync("/api/delivered", new { from = "priya.nair@example.org", item = "resume-review", messageId = "<x@y>" });
        using var undo = await client.PostAsJsonAsync("/api/delivered/undo", new { id = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, mark.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, undo.StatusCode);
    }

    private static JsonElement Usage(JsonElement analysis, string id) =>
        analysis.GetProperty("usage").EnumerateArray().Single(u => u.GetProperty("id").GetString() == id);

    private static async Task<JsonElement> AnalyzeAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/analyze", new StringContent(Resume, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
