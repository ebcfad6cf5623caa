using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MailScope.AddIn.Tests.Api;

/// <summary>The add-in host's API as docs/addin.md describes it, through the real pipeline in memory.</summary>
[Collection(InMemoryHosts.Name)]
public sealed class ApiTests : IClassFixture<AddInFactory>
{
    private readonly AddInFactory _factory;

    public ApiTests(AddInFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/api/analyze", null)]
    [InlineData("/api/reply", null)]
    [InlineData("/api/attachment-links", null)]
    [InlineData("/api/analyze", "wrong-key")]
    [InlineData("/api/reply", "wrong-key")]
    public async Task Every_api_route_answers_401_and_nothing_else_without_a_valid_token(string route, string? token)
    {
        using var client = _factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.PostAsync(route, Messages.Json(Messages.Logo));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("alex", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("verdict", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Analyze_answers_the_scan_judgement_with_usage_and_the_offers_that_apply()
    {
        using var client = _factory.Authorized();

        using var response = await client.PostAsync("/api/analyze", Messages.Json(Messages.ExtraCall));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("<call@example.com>", root.GetProperty("message_id").GetString());
        Assert.Equal("alex-kim", root.GetProperty("client").GetString());
        Assert.Equal("over_quota", root.GetProperty("verdict").GetString());
        Assert.True(root.GetProperty("flagged").GetBoolean());
        Assert.False(root.TryGetProperty("source", out _));
        var request = Assert.Single(root.GetProperty("requests").EnumerateArray());
        Assert.Equal("deliverable", request.GetProperty("match").GetProperty("kind").GetString());
        Assert.Equal("coaching-call", request.GetProperty("match").GetProperty("id").GetString());
        var calls = root.GetProperty("usage").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "coaching-call");
        Assert.Equal((4, 4, 0), (calls.GetProperty("quantity").GetInt32(), calls.GetProperty("used").GetInt32(), calls.GetProperty("left").GetInt32()));
        var offers = root.GetProperty("offers").EnumerateArray().ToList();
        Assert.Contains(offers, o => o.GetProperty("kind").GetString() == "addon" && o.GetProperty("id").GetString() == "extra-call" && o.GetProperty("price").GetDecimal() > 0);
        Assert.All(offers, o => Assert.Equal("USD", o.GetProperty("currency").GetString()));
    }

    [Fact]
    public async Task A_stranger_gets_a_calm_not_a_client_answer_without_offers()
    {
        using var client = _factory.Authorized();

        using var json = JsonDocument.Parse(await (await client.PostAsync("/api/analyze", Messages.Json(Messages.Stranger))).Content.ReadAsStringAsync());

        Assert.Equal("not_a_client", json.RootElement.GetProperty("verdict").GetString());
        Assert.False(json.RootElement.GetProperty("flagged").GetBoolean());
        Assert.Empty(json.RootElement.GetProperty("offers").EnumerateArray());
    }

    [Fact]
    public async Task Reply_renders_the_html_under_32_KB_with_client_text_escaped_and_the_quote_pdf()
    {
        using var client = _factory.Authorized();

        using var response = await client.PostAsync("/api/reply", Messages.With(Messages.ExtraCall, "change-order"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("Re: Another call?", root.GetProperty("subject").GetString());
        var html = root.GetProperty("htmlBody").GetString()!;
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(html), 200, 32 * 1024);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("change-order", root.GetProperty("offer").GetProperty("kind").GetString());
        var attachment = Assert.Single(root.GetProperty("attachments").EnumerateArray());
        Assert.Matches(@"^CO-2026-\d{4}\.pdf$", attachment.GetProperty("name").GetString());
        Assert.Equal("application/pdf", attachment.GetProperty("contentType").GetString());
        Assert.StartsWith("JVBERi0", attachment.GetProperty("base64").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referral_reply_has_no_attachment()
    {
        using var client = _factory.Authorized();

        using var json = JsonDocument.Parse(await (await client.PostAsync("/api/reply", Messages.Json(Messages.Logo))).Content.ReadAsStringAsync());

        Assert.Equal("referral", json.RootElement.GetProperty("offer").GetProperty("kind").GetString());
        Assert.Empty(json.RootElement.GetProperty("attachments").EnumerateArray());
    }

    [Fact]
    public async Task Replying_to_a_message_that_is_not_flagged_is_a_problem_422()
    {
        using var client = _factory.Authorized();

        using var response = await client.PostAsync("/api/reply", Messages.Json(Messages.Stranger));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bad_input_is_a_400_problem_naming_the_field()
    {
        using var client = _factory.Authorized();

        using var missing = await client.PostAsync("/api/analyze", Messages.Json(new { subject = "no sender", body = "hi" }));
        using var offer = await client.PostAsync("/api/reply", Messages.With(Messages.ExtraCall, "discount"));
        using var broken = await client.PostAsync("/api/analyze", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"from\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, offer.StatusCode);
        Assert.Contains("\"offer\"", await offer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        using var client = _factory.Authorized();
        var huge = new string('x', 1100 * 1024);

        using var response = await client.PostAsync("/api/analyze", Messages.Json(new { from = "alex.kim@example.com", bodyType = "text", body = huge }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_attachment_link_works_once()
    {
        using var client = _factory.Authorized();
        using var created = await client.PostAsync("/api/attachment-links", Messages.Json(new { name = "CO-2026-0001.pdf", contentType = "application/pdf", base64 = "JVBERi0xLjQK" }));
        var url = new Uri((await created.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["url"]);
        using var anonymous = _factory.CreateClient();

        using var first = await anonymous.GetAsync(url.PathAndQuery);
        using var second = await anonymous.GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("%PDF-1.4\n", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    [Fact]
    public async Task A_preview_never_takes_a_quote_number()
    {
        using var client = _factory.Authorized();
        var preview = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Messages.ExtraCall))!.AsObject();
        preview["offer"] = "change-order";
        preview["preview"] = true;

        var first = await NumberAsync(client, Messages.With(Messages.ExtraCall, "change-order"));
        var previewed = await NumberAsync(client, JsonContent.Create(preview));
        var second = await NumberAsync(client, Messages.With(Messages.ExtraCall, "change-order"));

        Assert.Equal("CO-PREVIEW.pdf", previewed);
        Assert.Equal(int.Parse(first[8..12], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(second[8..12], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<string> NumberAsync(HttpClient client, HttpContent content)
    {
        using var response = await client.PostAsync("/api/reply", content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("attachments")[0].GetProperty("name").GetString()!;
    }
}
