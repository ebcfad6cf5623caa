using System.Globalization;
using MailScope.Core.Insights;
using MailScope.Core.ScopeBooks;

namespace MailScope.Templates.Digest;

/// <summary>
/// The plain model of the weekly digest template (<c>digest.txt.scriban</c>): the provider, the week, the
/// week's figures, and the recurring extras and suggestions of the 90 days up to the week's end.
/// </summary>
public static class DigestModel
{
    public const string Template = "digest.txt.scriban";

    public static IReadOnlyDictionary<string, object?> Build(ScopeBook book, InsightsReport week, InsightsReport quarter)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(quarter);
        var f = week.Totals;
        return new Dictionary<string, object?>
        {
            ["provider"] = new Dictionary<string, object?> { ["name"] = book.Provider.Name, ["first_name"] = book.Provider.Name.Split(' ')[0], ["email"] = book.Provider.Email },
            ["week"] = new Dictionary<string, object?> { ["from"] = Day(week.From), ["until"] = Day(week.Until) },
            ["currency"] = book.Provider.Currency,
            ["figures"] = new Dictionary<string, object?>
            {
                ["flagged"] = f.Flagged,
                ["in_scope"] = f.Asks["in_scope"],
                ["over_quota"] = f.Asks["over_quota"],
                ["out_of_scope"] = f.Asks["out_of_scope"],
                ["outside_expertise"] = f.Asks["outside_expertise"],
                ["quotes_drafted"] = f.Quotes.Drafted,
                ["quotes_accepted"] = f.Quotes.Accepted,
                ["quotes_declined"] = f.Quotes.Declined,
                ["accepted_value"] = Money(f.Quotes.AcceptedValue),
                ["goodwill_units"] = f.Goodwill.Units,
                ["goodwill_value"] = Money(f.Goodwill.Value),
            },
            ["recurring"] = quarter.Totals.Recurring.Select(r => (object?)new Dictionary<string, object?>
            {
                ["item"] = r.Item,
                ["kind"] = r.Kind.Replace('_', ' '),
                ["count"] = r.Count,
            }).ToList(),
            ["suggestions"] = quarter.Suggestions.Select(s => (object?)s.Text).ToList(),
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
