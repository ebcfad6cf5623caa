using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Insights;

/// <summary>
/// Turns the store's rows for a date range into the report: figures per client and in total, the extras
/// that recur, and suggestions (<see cref="SuggestionRules"/>). Pure: the same rows give the same report.
/// </summary>
public static class InsightsBuilder
{
    /// <summary>Two asks of the same extra this many days apart or closer make it recurring.</summary>
    public const int RecurringWindowDays = 90;

    /// <summary>The ask verdicts a report counts, in this order.</summary>
    public static readonly IReadOnlyList<string> AskVerdicts = ["in_scope", "over_quota", "out_of_scope", "outside_expertise"];

    private static readonly HashSet<string> MatchedKinds = ["deliverable", "addon", "package"];

    public static InsightsReport Build(ScopeBook book, InsightsInput input, DateOnly from, DateOnly until, string? onlyClient)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(input);
        var extras = Extras(input.CreepAsks, input.TopicTexts);
        var goodwill = input.Goodwill.Select(g => (g.ClientId, Units: g.Units, Value: g.Value ?? PriceOf(book, g.ItemId, g.Units))).ToList();
        var clientIds = book.Clients.Select(c => c.Id)
            .Concat(input.AskCounts.Select(a => a.ClientId)).Concat(input.Quotes.Select(q => q.ClientId)).Concat(input.Goodwill.Select(g => g.ClientId))
            .Distinct(StringComparer.Ordinal)
            .Where(id => onlyClient is null || id == onlyClient)
            .ToList();
        var clients = new List<ClientInsights>();
        foreach (var id in clientIds)
        {
            var figures = new InsightFigures(
                Asks(input.AskCounts.Where(a => a.ClientId == id)),
                input.Flagged.Where(f => f.ClientId == id).Sum(f => f.Count),
                Quotes(input.Quotes.Where(q => q.ClientId == id)),
                new GoodwillFigures(goodwill.Where(g => g.ClientId == id).Sum(g => g.Units), goodwill.Where(g => g.ClientId == id).Sum(g => g.Value)),
                Recurring(extras.Where(e => e.Ask.ClientId == id)));
            var hasAny = figures.Asks.Values.Sum() > 0 || figures.Flagged > 0 || figures.Quotes.Drafted > 0 || figures.Goodwill.Units > 0;
            if (!hasAny && onlyClient is null)
            {
                continue;
            }

            var client = book.Clients.FirstOrDefault(c => c.Id == id);
            var usage = client is null ? [] : UsageOf(book, client, input.Usage);
            var creep = extras.Where(e => e.Ask.ClientId == id && e.Ask.Verdict != "outside_expertise").Select(e => e.Ask).ToList();
            var suggestion = client is null ? null : SuggestionRules.ForClient(book, client, creep, usage, until);
            clients.Add(new ClientInsights(id, client?.Name ?? id, figures, suggestion is null ? [] : [suggestion]));
        }

        var totals = new InsightFigures(
            AskVerdicts.ToDictionary(v => v, v => clients.Sum(c => c.Figures.Asks[v]), StringComparer.Ordinal),
            clients.Sum(c => c.Figures.Flagged),
            new QuoteFigures(clients.Sum(c => c.Figures.Quotes.Drafted), clients.Sum(c => c.Figures.Quotes.Accepted), clients.Sum(c => c.Figures.Quotes.Declined), clients.Sum(c => c.Figures.Quotes.AcceptedValue)),
            new GoodwillFigures(clients.Sum(c => c.Figures.Goodwill.Units), clients.Sum(c => c.Figures.Goodwill.Value)),
            Recurring(extras.Where(e => clientIds.Contains(e.Ask.ClientId))));
        var suggestions = clients.SelectMany(c => c.Suggestions).Concat(SuggestionRules.Across(book, totals.Recurring)).ToList();
        return new InsightsReport(from, until, clients, totals, suggestions)
        {
            CreepByWeek = [.. extras.Where(e => clientIds.Contains(e.Ask.ClientId))
                .GroupBy(e => (Week: MondayOf(e.Ask.Date), e.Ask.Verdict)).OrderBy(g => g.Key.Week).ThenBy(g => g.Key.Verdict, StringComparer.Ordinal)
                .Select(g => (g.Key.Week, g.Key.Verdict, g.Sum(e => e.Ask.Count)))],
            Usage = [.. book.Clients.Where(c => clientIds.Contains(c.Id)).SelectMany(c => UsageOf(book, c, input.Usage))],
            Currency = book.Provider.Currency,
        };
    }

    /// <summary>Each creep ask with the item it counts against: the matched id, or its topic group's label.</summary>
    private static List<Extra> Extras(IReadOnlyList<CreepAsk> asks, IReadOnlyDictionary<string, string> texts)
    {
        var groups = new TopicGroups();
        // Grouped oldest first, labelled after: a group's label is what all its members share.
        var grouped = asks.OrderBy(a => a.Date).ThenBy(a => a.Topic, StringComparer.Ordinal).ThenBy(a => a.ClientId, StringComparer.Ordinal)
            .Select(a => (Ask: a, Group: IsMatched(a) ? -1 : groups.Add(a.Topic, texts.GetValueOrDefault(a.Topic, a.Topic)))).ToList();
        var labels = grouped.Where(g => g.Group >= 0).Select(g => g.Group).Distinct().ToDictionary(g => g, groups.LabelOf);
        return [.. grouped.Select(g => new Extra(g.Ask, g.Group < 0 ? g.Ask.ItemId! : labels[g.Group]))];
    }

    private static bool IsMatched(CreepAsk ask) => ask.ItemId is not null && MatchedKinds.Contains(ask.ItemKind);

    private static List<RecurringExtra> Recurring(IEnumerable<Extra> extras) =>
        [.. extras
            .GroupBy(e => (e.Item, e.Ask.Verdict))
            .Select(g => (g.Key, Days: g.GroupBy(e => e.Ask.Date).Select(d => (Day: d.Key, Count: d.Sum(e => e.Ask.Count))).OrderBy(d => d.Day).ToList(),
                Clients: g.Select(e => e.Ask.ClientId).Distinct(StringComparer.Ordinal).Count()))
            // Recurring: asked twice or more with at most 90 days between two of the asks (two on one day count).
            .Where(g => g.Days.Any(d => d.Count > 1) || g.Days.Zip(g.Days.Skip(1)).Any(p => p.Second.Day.DayNumber - p.First.Day.DayNumber <= RecurringWindowDays))
            .Select(g => new RecurringExtra(g.Key.Item, g.Key.Verdict, g.Days.Sum(d => d.Count), g.Days[0].Day, g.Days[^1].Day) { Clients = g.Clients })
            .OrderByDescending(r => r.Count).ThenBy(r => r.Item, StringComparer.Ordinal).ThenBy(r => r.Kind, StringComparer.Ordinal)];

    private static Dictionary<string, int> Asks(IEnumerable<(string ClientId, string Verdict, int Count)> counts)
    {
        var list = counts.ToList();
        return AskVerdicts.ToDictionary(v => v, v => list.Where(c => c.Verdict == v).Sum(c => c.Count), StringComparer.Ordinal);
    }

    private static QuoteFigures Quotes(IEnumerable<QuoteRow> quotes)
    {
        var list = quotes.ToList();
        var accepted = list.Where(q => q.Status == "accepted").ToList();
        return new QuoteFigures(list.Count, accepted.Count, list.Count(q => q.Status == "declined"), accepted.Sum(q => q.Total));
    }

    /// <summary>Goodwill without a value in the ledger is worth the add-on's price, else the hourly rate, per unit.</summary>
    private static decimal PriceOf(ScopeBook book, string itemId, int units) =>
        (book.AddOns.FirstOrDefault(a => a.Id == itemId)?.Price ?? book.Provider.HourlyRate ?? 0) * units;

    private static List<UsageBar> UsageOf(ScopeBook book, ScopeBooks.Client client, IReadOnlyList<(string ClientId, string ItemId, int Units)> ledger) =>
        book.FindPackage(client.PackageId) is { } package
            ? [.. package.Deliverables.Where(d => d.Quantity is not null).Select(d => new UsageBar(
                client.Id, client.Name, d.Id, d.Name, d.Quantity!.Value,
                client.UsedOf(d.Id) + ledger.Where(l => l.ClientId == client.Id && l.ItemId == d.Id).Sum(l => l.Units)))]
            : [];

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private sealed record Extra(CreepAsk Ask, string Item);
}
