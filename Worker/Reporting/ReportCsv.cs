using System.Globalization;
using MailScope.Core.Insights;
using MailScope.Infrastructure.Insights;

namespace MailScope.Worker.Reporting;

/// <summary>
/// The report as CSV for spreadsheets (RFC 4180 quoting, invariant numbers): a header, one row per client,
/// then a row whose client is <c>total</c>. Recurring extras are one cell: <c>item (kind) ×count</c> joined by "; ".
/// </summary>
internal static class ReportCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "client", "from", "until", .. InsightsBuilder.AskVerdicts, "flagged", "quotes_drafted", "quotes_accepted", "quotes_declined",
        "accepted_value", "acceptance_rate", "goodwill_units", "goodwill_value", "recurring", "suggestions",
    ];

    public static async Task WriteAsync(InsightsReport report, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Line(Header).AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var c in report.Clients)
        {
            await output.WriteAsync(Line(Row(report, c.ClientId, c.Figures, c.Suggestions)).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await output.WriteAsync(Line(Row(report, "total", report.Totals, report.Suggestions)).AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static List<string> Row(InsightsReport report, string client, InsightFigures f, IReadOnlyList<Suggestion> suggestions) =>
    [
        client, Day(report.From), Day(report.Until), .. InsightsBuilder.AskVerdicts.Select(v => Number(f.Asks[v])), Number(f.Flagged),
        Number(f.Quotes.Drafted), Number(f.Quotes.Accepted), Number(f.Quotes.Declined), Money(f.Quotes.AcceptedValue),
        f.Quotes.AcceptanceRate is { } rate ? Money(rate) : string.Empty, Number(f.Goodwill.Units), Money(f.Goodwill.Value),
        string.Join("; ", f.Recurring.Select(r => $"{r.Item} ({r.Kind}) ×{Number(r.Count)}")),
        string.Join(" | ", suggestions.Select(s => s.Text)),
    ];

    private static string Line(IEnumerable<string> cells) =>
        string.Join(',', cells.Select(c => c.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c)) + "\r\n";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal m) => ReportJson.Plain(m).ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
