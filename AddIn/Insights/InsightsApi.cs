using System.Globalization;
using System.Text.Json.Nodes;
using MailScope.AddIn.Auth;
using MailScope.AddIn.Hosting;
using MailScope.Infrastructure.Insights;

namespace MailScope.AddIn.Insights;

/// <summary>
/// GET /api/insights[?since=&amp;until=&amp;client=]: what the Insights page shows, behind the dashboard's auth:
/// the report exactly as <c>report --json</c> writes it, the four charts as SVG, each suggestion with its action.
/// </summary>
internal static class InsightsApi
{
    public static void MapInsightsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/insights", GetAsync).RequireAuthorization(AuthSetup.Policy).RequireRateLimiting(HostSetup.RateLimitPolicy);
    }

    private static async Task<IResult> GetAsync(
        InsightsReports reports, InsightsCache cache, CancellationToken cancellationToken, string? since = null, string? until = null, string? client = null)
    {
        if (!TryDay(since, out var from))
        {
            return TypedResults.BadRequest(new { error = $"since: '{since}' is not a date (yyyy-MM-dd)" });
        }

        if (!TryDay(until, out var to))
        {
            return TypedResults.BadRequest(new { error = $"until: '{until}' is not a date (yyyy-MM-dd)" });
        }

        if (client is not null && reports.Book.Clients.All(c => c.Id != client))
        {
            return TypedResults.BadRequest(new { error = $"client: no client '{client}' in the scope book" });
        }

        var (start, end) = reports.RangeOf(from, to);
        // Not the request's token: the answer is shared with whoever asks the same within the cache's freshness.
        var body = await cache.GetAsync($"{start:yyyy-MM-dd}|{end:yyyy-MM-dd}|{client}", () => BuildAsync(reports, start, end, client)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Text(body, "application/json");
    }

    private static async Task<string> BuildAsync(InsightsReports reports, DateOnly start, DateOnly end, string? client)
    {
        var report = await reports.BuildAsync(start, end, client, CancellationToken.None).ConfigureAwait(false);
        var body = new JsonObject
        {
            ["report"] = ReportJson.Of(report),
            ["currency"] = report.Currency,
            ["charts"] = new JsonObject
            {
                ["creep"] = InsightsCharts.CreepByWeek(report),
                ["revenue"] = InsightsCharts.RevenueVersusGoodwill(report),
                ["recurring"] = InsightsCharts.TopRecurring(report),
                ["usage"] = InsightsCharts.Usage(report),
            },
            ["actions"] = new JsonArray([.. report.Suggestions.Select(s => (JsonNode)new JsonObject
            {
                ["text"] = s.Text,
                ["kind"] = s.Kind,
                ["action"] = SuggestionActions.Of(s, reports.Book) is { } a ? new JsonObject { ["label"] = a.Label, ["href"] = a.Href } : null,
            })]),
        };
        return body.ToJsonString();
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        day = ok ? parsed : null;
        return ok;
    }
}
