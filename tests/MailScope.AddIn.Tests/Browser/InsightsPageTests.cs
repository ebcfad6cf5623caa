using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MailScope.AddIn.Tests.Browser;

/// <summary>
/// The Insights page in real Chromium over a store a real sync filled: every chart drawn with data, the
/// numbers on screen the worker's <c>report --json</c>, nothing fetched from another origin, 401 without
/// the key. Screenshots (phone and desktop width) go to artifacts/screenshots.
/// </summary>
public sealed class InsightsPageTests(InsightsServer server, BrowserFixture browser) : IClassFixture<InsightsServer>, IClassFixture<BrowserFixture>
{
    private static readonly string Screenshots = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    [Fact]
    public async Task The_api_answers_401_without_the_key_400_naming_a_bad_date_and_the_page_says_the_key_was_refused()
    {
        using var http = new HttpClient();
        var anonymous = await http.GetAsync(new Uri(server.BaseUrl, "api/insights"));
        using var wrong = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl, "api/insights"));
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-key");
        var refused = await http.SendAsync(wrong);
        using var badDate = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl, "api/insights?since=last-week"));
        badDate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AddInServer.Key);
        var rejected = await http.SendAsync(badDate);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Contains("since: 'last-week' is not a date", await rejected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await OpenAsync("not-the-key", 390);
        await Expect(page.Locator("#status")).ToHaveTextAsync("MailScope refused the key.");
        Assert.True(await page.Locator("#content").IsHiddenAsync());
    }

    [Theory]
    [InlineData(390, "insights-phone")]
    [InlineData(1100, "insights-desktop")]
    public async Task Every_chart_is_drawn_and_the_numbers_on_screen_are_report_json(int width, string shot)
    {
        var report = JsonNode.Parse(server.ReportJson)!;
        var requests = new List<string>();
        var page = await OpenAsync(AddInServer.Key, width, requests);
        await Expect(page.Locator("#content")).ToBeVisibleAsync();

        // Charts: bars for every creep verdict present, both money bars, the three recurring extras, a usage bar per counted deliverable.
        Assert.True(await page.Locator("#chart-creep rect[fill='#c50f1f']").CountAsync() > 0);
        Assert.True(await page.Locator("#chart-creep rect[fill='#c77700']").CountAsync() > 0);
        Assert.Equal(2, await page.Locator("#chart-revenue rect").CountAsync());
        Assert.Equal(report["totals"]!["recurring"]!.AsArray().Count, await page.Locator("#chart-recurring rect").CountAsync());
        Assert.Equal(4 * 2 * 2, await page.Locator("#chart-usage rect").CountAsync()); // 4 clients × 2 deliverables × (used, left)
        await Expect(page.Locator("#chart-recurring")).ToContainTextAsync("intro video podcast");

        var totals = report["totals"]!;
        var asks = totals["asks"]!;
        await Expect(Field(page, "#totals", "flagged")).ToHaveTextAsync(Text(totals["flagged"]));
        await Expect(Field(page, "#totals", "creep")).ToHaveTextAsync(((int)asks["over_quota"]! + (int)asks["out_of_scope"]! + (int)asks["outside_expertise"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(Field(page, "#totals", "in_scope")).ToHaveTextAsync(Text(asks["in_scope"]));
        await Expect(Field(page, "#totals", "accepted")).ToHaveTextAsync($"{Text(totals["quotes"]!["accepted"])} / {Text(totals["quotes"]!["drafted"])}");
        await Expect(Field(page, "#totals", "accepted_value")).ToHaveTextAsync(Text(totals["quotes"]!["accepted_value"]));
        await Expect(Field(page, "#totals", "goodwill_value")).ToHaveTextAsync(Text(totals["goodwill"]!["value"]));
        await Expect(page.Locator("#chart-revenue")).ToContainTextAsync($"{Text(totals["quotes"]!["accepted_value"])} USD");

        foreach (var client in report["clients"]!.AsArray().Append(new JsonObject { ["client"] = "total" }))
        {
            var id = (string)client!["client"]!;
            var figures = id == "total" ? totals : client;
            var row = page.Locator($"#clients tr[data-client='{id}']");
            foreach (var verdict in new[] { "in_scope", "over_quota", "out_of_scope", "outside_expertise" })
            {
                await Expect(row.Locator($"td[data-field='{verdict}']")).ToHaveTextAsync(Text(figures["asks"]![verdict]));
            }

            await Expect(row.Locator("td[data-field='flagged']")).ToHaveTextAsync(Text(figures["flagged"]));
            await Expect(row.Locator("td[data-field='drafted']")).ToHaveTextAsync(Text(figures["quotes"]!["drafted"]));
            await Expect(row.Locator("td[data-field='accepted']")).ToHaveTextAsync(Text(figures["quotes"]!["accepted"]));
            await Expect(row.Locator("td[data-field='accepted_value']")).ToHaveTextAsync(Text(figures["quotes"]!["accepted_value"]));
            await Expect(row.Locator("td[data-field='goodwill']")).ToHaveTextAsync($"{Text(figures["goodwill"]!["units"])} ({Text(figures["goodwill"]!["value"])})");
        }

        // Every suggestion, in order; each retainer offer has its one-click draft to the client.
        var suggestions = report["suggestions"]!.AsArray().Select(s => (string)s!).ToList();
        var items = page.Locator("#suggestions li");
        Assert.Equal(suggestions.Count, await items.CountAsync());
        for (var i = 0; i < suggestions.Count; i++)
        {
            await Expect(items.Nth(i)).ToContainTextAsync(suggestions[i]);
        }

        var drafts = page.Locator("#suggestions a[href^='mailto:']");
        Assert.Equal(suggestions.Count(s => s.Contains("offer the retainer", StringComparison.Ordinal)), await drafts.CountAsync());
        Assert.StartsWith("mailto:alex%40kim.example?subject=", await drafts.First.GetAttributeAsync("href"), StringComparison.Ordinal);

        // Readable at phone width: nothing but the per-client table (which scrolls in its own box) is wider than the screen.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.All(requests, r => Assert.StartsWith(server.BaseUrl.ToString(), r, StringComparison.Ordinal));
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, shot + ".png"), FullPage = true });
    }

    private async Task<IPage> OpenAsync(string key, int width, List<string>? requests = null)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await context.AddInitScriptAsync($"try {{ localStorage.setItem('mailscope.apiKey', {System.Text.Json.JsonSerializer.Serialize(key)}); }} catch (e) {{}}");
        var page = await context.NewPageAsync();
        page.Request += (_, r) => requests?.Add(r.Url);
        await page.GotoAsync(new Uri(server.BaseUrl, $"insights.html?since={InsightsServer.Since}&until={InsightsServer.Until}").ToString());
        return page;
    }

    private static ILocator Field(IPage page, string scope, string field) => page.Locator($"{scope} [data-field='{field}']");

    private static string Text(JsonNode? value) => value!.ToJsonString();
}
