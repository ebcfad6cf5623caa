namespace MailScope.Core.Insights;

/// <summary>The <c>report</c> of the engagements contract (docs/worker.md, "Report and weekly digest"): per client and in total over [<see cref="From"/>, <see cref="Until"/>].</summary>
public sealed record InsightsReport(DateOnly From, DateOnly Until, IReadOnlyList<ClientInsights> Clients, InsightFigures Totals, IReadOnlyList<Suggestion> Suggestions)
{
    /// <summary>Creep asks per week (the Monday starting it) and verdict, for the Insights page.</summary>
    public IReadOnlyList<(DateOnly Week, string Verdict, int Count)> CreepByWeek { get; init; } = [];

    /// <summary>Per client and deliverable with a quantity: used (book + ledger) and left, for the usage bars.</summary>
    public IReadOnlyList<UsageBar> Usage { get; init; } = [];

    /// <summary>The book's currency, for showing values.</summary>
    public string Currency { get; init; } = "USD";
}

/// <summary>One client's figures and the suggestions about them.</summary>
public sealed record ClientInsights(string ClientId, string Name, InsightFigures Figures, IReadOnlyList<Suggestion> Suggestions);

/// <summary>The figures of a client or of everyone.</summary>
/// <param name="Asks">Asks per verdict wire name (in_scope, over_quota, out_of_scope, outside_expertise).</param>
/// <param name="Flagged">Messages flagged.</param>
/// <param name="Quotes">Quotes drafted, accepted, declined and the accepted value.</param>
/// <param name="Goodwill">Units given away and their value.</param>
/// <param name="Recurring">Extras asked for twice or more within 90 days.</param>
public sealed record InsightFigures(IReadOnlyDictionary<string, int> Asks, int Flagged, QuoteFigures Quotes, GoodwillFigures Goodwill, IReadOnlyList<RecurringExtra> Recurring);

/// <summary>Quotes in the range; <see cref="AcceptedValue"/> is the revenue won from creep.</summary>
public sealed record QuoteFigures(int Drafted, int Accepted, int Declined, decimal AcceptedValue)
{
    /// <summary>Accepted out of those decided (accepted or declined); null before any was decided.</summary>
    public decimal? AcceptanceRate => Accepted + Declined == 0 ? null : Math.Round((decimal)Accepted / (Accepted + Declined), 4);
}

/// <summary>Goodwill given away: units and their value at the ledger's, add-on or hourly price.</summary>
public sealed record GoodwillFigures(int Units, decimal Value);

/// <summary>An extra asked for again: the item id or a group label, the verdict, how often, first and last date.</summary>
public sealed record RecurringExtra(string Item, string Kind, int Count, DateOnly First, DateOnly Last)
{
    /// <summary>How many clients asked for it.</summary>
    public int Clients { get; init; } = 1;
}

/// <summary>A suggestion in plain words, with the one-click action when there is one.</summary>
/// <param name="Text">What to do, in plain words.</param>
/// <param name="Kind">retainer (offer the retainer) or reprice (add a recurring extra to a package).</param>
/// <param name="ClientId">The client it is about, for a retainer offer.</param>
/// <param name="Item">The recurring extra, for a reprice.</param>
public sealed record Suggestion(string Text, string Kind, string? ClientId, string? Item);

/// <summary>How much of a deliverable with a quantity a client has used and has left.</summary>
public sealed record UsageBar(string ClientId, string ClientName, string ItemId, string ItemName, int Quantity, int Used)
{
    public int Left => Math.Max(0, Quantity - Used);
}
