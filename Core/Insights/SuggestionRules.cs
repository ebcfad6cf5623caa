using System.Globalization;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Insights;

/// <summary>
/// The plain-words suggestions of a report. A client who asked for extras <see cref="RetainerAfter"/> times
/// or more: offer the retainer. A client near the end of their package (ending within
/// <see cref="NearEndDays"/> days of the range's end, or with at most one unit left of everything counted)
/// who asked for extras <see cref="NearEndAfter"/> times or more: offer the retainer before it ends. An
/// extra that <see cref="RepriceAfterClients"/> clients or more asked for: add it to a package and reprice.
/// </summary>
public static class SuggestionRules
{
    public const int RetainerAfter = 3;
    public const int NearEndAfter = 2;
    public const int NearEndDays = 30;
    public const int RepriceAfterClients = 3;

    /// <summary>
    /// The retainer suggestion about one client (<paramref name="creep"/>: their asks judged over quota or
    /// out of scope in the range ending <paramref name="until"/>; <paramref name="usage"/>: their usage bars), or null.
    /// </summary>
    public static Suggestion? ForClient(ScopeBook book, Client client, IReadOnlyList<CreepAsk> creep, IReadOnlyList<UsageBar> usage, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(creep);
        ArgumentNullException.ThrowIfNull(usage);
        var retainer = book.Retainers.Count > 0 ? book.Retainers[0] : null;
        var count = creep.Sum(c => c.Count);
        if (retainer is null || count == 0)
        {
            return null;
        }

        var offer = $"offer the retainer ({retainer.Name}, {Money(retainer.MonthlyPrice)} {book.Provider.Currency} a month)";
        var since = creep.Min(a => a.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var endsSoon = client.End is { } end && end >= until && end.DayNumber - until.DayNumber <= NearEndDays;
        // Nearly used up: at most one unit left of everything counted, taken together.
        var usedUp = usage.Count > 0 && usage.Sum(u => u.Left) <= 1;
        if ((endsSoon || usedUp) && count >= NearEndAfter)
        {
            var where = endsSoon
                ? $"{client.Name}'s package ends on {client.End!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
                : $"{client.Name} has almost used up their package";
            return new Suggestion($"{where} and they asked for extras {count} times since {since}: {offer} before it runs out.", "retainer", client.Id, null);
        }

        return count >= RetainerAfter
            ? new Suggestion($"{client.Name} asked for extras {count} times since {since}: {offer}.", "retainer", client.Id, null)
            : null;
    }

    /// <summary>Suggestions about extras many clients asked for.</summary>
    public static IEnumerable<Suggestion> Across(ScopeBook book, IReadOnlyList<RecurringExtra> recurring)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(recurring);
        return recurring.Where(r => r.Clients >= RepriceAfterClients && r.Kind != "outside_expertise")
            .GroupBy(r => r.Item, StringComparer.Ordinal)
            .Select(g => new Suggestion($"{g.Max(r => r.Clients)} clients asked for {NameOf(book, g.Key)}: add it to a package and reprice.", "reprice", null, g.Key));
    }

    private static string NameOf(ScopeBook book, string item) =>
        book.AddOns.FirstOrDefault(a => a.Id == item)?.Name
        ?? book.Packages.SelectMany(p => p.Deliverables).FirstOrDefault(d => d.Id == item)?.Name
        ?? item;

    private static string Money(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
