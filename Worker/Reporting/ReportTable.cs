using System.Globalization;
using MailScope.Core.Insights;
using MailScope.Infrastructure.Insights;

namespace MailScope.Worker.Reporting;

/// <summary>The report as a text table for a terminal: one row per client and a total, then recurring extras and suggestions.</summary>
internal static class ReportTable
{
    private static readonly string[] Header = ["client", "in scope", "over quota", "out of scope", "outside", "flagged", "quotes", "accepted", "declined", "won", "rate", "goodwill"];

    public static async Task WriteAsync(InsightsReport report, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        var rows = new List<string[]> { Header };
        rows.AddRange(report.Clients.Select(x => Cells(x.ClientId, x.Figures, c)));
        rows.Add(Cells("total", report.Totals, c));
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var text = new System.Text.StringBuilder();
        text.AppendLine(c, $"MailScope report {report.From:yyyy-MM-dd} to {report.Until:yyyy-MM-dd} ({report.Currency})");
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }

        if (report.Totals.Recurring.Count > 0)
        {
            text.AppendLine().AppendLine("Recurring extras (asked twice or more within 90 days):");
            foreach (var r in report.Totals.Recurring)
            {
                text.AppendLine(c, $"  {r.Item} ({r.Kind.Replace('_', ' ')}): {r.Count} times by {r.Clients} client(s), {r.First:yyyy-MM-dd} to {r.Last:yyyy-MM-dd}");
            }
        }

        if (report.Suggestions.Count > 0)
        {
            text.AppendLine().AppendLine("Suggestions:");
            foreach (var s in report.Suggestions)
            {
                text.AppendLine(c, $"  - {s.Text}");
            }
        }

        await output.WriteAsync(text.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static string[] Cells(string client, InsightFigures f, CultureInfo c) =>
    [
        client, .. InsightsBuilder.AskVerdicts.Select(v => f.Asks[v].ToString(c)), f.Flagged.ToString(c), f.Quotes.Drafted.ToString(c), f.Quotes.Accepted.ToString(c),
        f.Quotes.Declined.ToString(c), ReportJson.Plain(f.Quotes.AcceptedValue).ToString(c), f.Quotes.AcceptanceRate is { } r ? r.ToString("P0", c) : "-",
        $"{f.Goodwill.Units} ({ReportJson.Plain(f.Goodwill.Value).ToString(c)})",
    ];
}
