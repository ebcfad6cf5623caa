using System.Globalization;
using MailScope.Core.Insights;
using MailScope.Infrastructure.Insights;

namespace MailScope.AddIn.Insights;

/// <summary>The four charts of the Insights page, as SVG drawn from a report.</summary>
internal static class InsightsCharts
{
    /// <summary>The colour of each creep verdict, as the pane's chips show them.</summary>
    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        ["over_quota"] = "#c77700",
        ["out_of_scope"] = "#c50f1f",
        ["outside_expertise"] = "#8764b8",
    };

    // Narrow enough that 12px labels stay readable when a phone shrinks the chart to its width.
    private const int Width = 400;

    /// <summary>Creep asks per week, stacked by verdict, with a legend.</summary>
    public static string CreepByWeek(InsightsReport report)
    {
        var weeks = report.CreepByWeek.GroupBy(w => w.Week).OrderBy(g => g.Key).ToList();
        const int Top = 28, Plot = 160, Left = 30;
        var svg = new Svg("chart-creep", "Creep asks per week by verdict", Width, Top + Plot + 40);
        var x = Left;
        foreach (var (verdict, colour) in Colours)
        {
            svg.Rect(x, 6, 10, 10, colour).Text(x + 14, 15, verdict.Replace('_', ' '), css: "muted");
            x += 120;
        }

        var max = Math.Max(1, weeks.Count == 0 ? 1 : weeks.Max(w => w.Sum(v => v.Count)));
        var slot = (Width - Left - 10) / (double)Math.Max(1, weeks.Count);
        svg.Line(Left, Top + Plot, Width - 10, Top + Plot).Text(Left - 4, Top + 10, max.ToString(CultureInfo.InvariantCulture), "end", "muted");
        for (var i = 0; i < weeks.Count; i++)
        {
            var y = (double)Top + Plot;
            foreach (var (verdict, colour) in Colours)
            {
                var n = weeks[i].Where(w => w.Verdict == verdict).Sum(w => w.Count);
                var h = n * Plot / (double)max;
                y -= h;
                if (n > 0)
                {
                    svg.Rect(Left + (i * slot) + 2, y, Math.Max(2, slot - 4), h, colour, $"week of {weeks[i].Key:yyyy-MM-dd}: {n} {verdict.Replace('_', ' ')}");
                }
            }

            if (weeks.Count <= 16 || i % 2 == 0)
            {
                svg.Text(Left + (i * slot) + (slot / 2), Top + Plot + 16, weeks[i].Key.ToString("MM-dd", CultureInfo.InvariantCulture), "middle", "muted");
            }
        }

        return svg.ToString();
    }

    /// <summary>Revenue won from creep (accepted quotes) beside the value of goodwill given away.</summary>
    public static string RevenueVersusGoodwill(InsightsReport report)
    {
        var won = report.Totals.Quotes.AcceptedValue;
        var given = report.Totals.Goodwill.Value;
        var max = Math.Max(1m, Math.Max(won, given));
        var svg = new Svg("chart-revenue", "Revenue won versus goodwill given", Width, 96);
        Bar(svg, 10, "Won from creep", won, max, "#107c10", report.Currency);
        Bar(svg, 52, "Goodwill given", given, max, "#c77700", report.Currency);
        return svg.ToString();
    }

    /// <summary>The most asked recurring extras, longest bar first.</summary>
    public static string TopRecurring(InsightsReport report, int top = 6)
    {
        var extras = report.Totals.Recurring.Take(top).ToList();
        var svg = new Svg("chart-recurring", "Top recurring extras", Width, Math.Max(40, 14 + (extras.Count * 34)));
        if (extras.Count == 0)
        {
            return svg.Text(10, 24, "No extra was asked for twice within 90 days.", css: "muted").ToString();
        }

        var max = extras.Max(e => e.Count);
        for (var i = 0; i < extras.Count; i++)
        {
            var e = extras[i];
            var y = 8 + (i * 34);
            svg.Text(10, y + 12, $"{e.Item} ({e.Kind.Replace('_', ' ')}, {e.Clients} client{(e.Clients == 1 ? "" : "s")})")
               .Rect(10, y + 16, (Width - 60) * e.Count / (double)max, 12, Colours.GetValueOrDefault(e.Kind, "#616161"), $"{e.Item}: {e.Count}")
               .Text(Width - 40, y + 27, e.Count.ToString(CultureInfo.InvariantCulture), css: "value");
        }

        return svg.ToString();
    }

    /// <summary>Per client and counted deliverable: used (blue) and left (grey) this period.</summary>
    public static string Usage(InsightsReport report)
    {
        var bars = report.Usage;
        var svg = new Svg("chart-usage", "Usage per client: used and left", Width, Math.Max(40, 14 + (bars.Count * 34)));
        if (bars.Count == 0)
        {
            return svg.Text(10, 24, "No client has a counted deliverable.", css: "muted").ToString();
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = 8 + (i * 34);
            var full = Width - 130.0;
            var used = full * Math.Min(b.Used, b.Quantity) / Math.Max(1, b.Quantity);
            svg.Text(10, y + 12, $"{b.ClientName}: {b.ItemName}")
               .Rect(10, y + 16, used, 12, "#0f6cbd", $"{b.Used} used")
               .Rect(10 + used, y + 16, full - used, 12, "#e0e0e0", $"{b.Left} left")
               .Text(full + 14, y + 27, $"{b.Used} used, {b.Left} left", css: "value");
        }

        return svg.ToString();
    }

    private static void Bar(Svg svg, int y, string label, decimal value, decimal max, string colour, string currency) =>
        svg.Text(10, y + 12, label)
           .Rect(110, y, (double)((Width - 210) * value / max), 20, colour, $"{label}: {Money(value)} {currency}")
           .Text(Width - 95, y + 15, $"{Money(value)} {currency}", css: "value");

    public static string Money(decimal value) => ReportJson.Plain(value).ToString("0.##", CultureInfo.InvariantCulture);
}
