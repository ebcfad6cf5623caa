using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MailScope.Core.Insights;

namespace MailScope.Infrastructure.Insights;

/// <summary>The report's <c>--json</c> shape, exactly as the engagements contract writes it (docs/worker.md) (also what the Insights API returns).</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Of(InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var clients = new JsonArray();
        foreach (var c in report.Clients)
        {
            var node = Figures(c.Figures);
            node.Insert(0, "client", c.ClientId);
            node["suggestions"] = Texts(c.Suggestions);
            clients.Add(node);
        }

        return new JsonObject
        {
            ["from"] = Day(report.From),
            ["until"] = Day(report.Until),
            ["clients"] = clients,
            ["totals"] = Figures(report.Totals),
            ["suggestions"] = Texts(report.Suggestions),
        };
    }

    private static JsonObject Figures(InsightFigures f) => new()
    {
        ["asks"] = new JsonObject(f.Asks.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))),
        ["flagged"] = f.Flagged,
        ["quotes"] = new JsonObject
        {
            ["drafted"] = f.Quotes.Drafted,
            ["accepted"] = f.Quotes.Accepted,
            ["declined"] = f.Quotes.Declined,
            ["accepted_value"] = Plain(f.Quotes.AcceptedValue),
        },
        ["goodwill"] = new JsonObject { ["units"] = f.Goodwill.Units, ["value"] = Plain(f.Goodwill.Value) },
        ["recurring"] = new JsonArray([.. f.Recurring.Select(r => (JsonNode)new JsonObject
        {
            ["item"] = r.Item,
            ["kind"] = r.Kind,
            ["count"] = r.Count,
            ["first"] = Day(r.First),
            ["last"] = Day(r.Last),
        })]),
    };

    private static JsonArray Texts(IEnumerable<Suggestion> suggestions) => new([.. suggestions.Select(s => (JsonNode)JsonValue.Create(s.Text))]);

    /// <summary>Without trailing zeros: 450.00 from the store is written 450.</summary>
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
