namespace MailScope.Core.Insights;

/// <summary>What the store holds for a report's range: the rows <see cref="InsightsBuilder"/> turns into figures.</summary>
/// <param name="AskCounts">Asks per client and verdict (wire name).</param>
/// <param name="Flagged">Flagged messages per client.</param>
/// <param name="CreepAsks">The asks judged over quota, out of scope or outside expertise, counted per client, day, verdict, item and topic.</param>
/// <param name="TopicTexts">One ask's text per topic of the unmatched creep asks, for labelling their groups.</param>
/// <param name="Quotes">The quotes created in the range.</param>
/// <param name="Goodwill">The goodwill ledger entries dated in the range.</param>
/// <param name="Usage">Units delivered or given per client and item, over all time (for the usage bars).</param>
public sealed record InsightsInput(
    IReadOnlyList<(string ClientId, string Verdict, int Count)> AskCounts,
    IReadOnlyList<(string ClientId, int Count)> Flagged,
    IReadOnlyList<CreepAsk> CreepAsks,
    IReadOnlyDictionary<string, string> TopicTexts,
    IReadOnlyList<QuoteRow> Quotes,
    IReadOnlyList<GoodwillRow> Goodwill,
    IReadOnlyList<(string ClientId, string ItemId, int Units)> Usage);

/// <summary>
/// Asks marked as creep of one client on one day (the message's date) with the same verdict, item and topic:
/// <see cref="Count"/> is how many messages asked (a message asking twice for the same thing counts once).
/// </summary>
public sealed record CreepAsk(string ClientId, DateOnly Date, string Verdict, string? ItemId, string ItemKind, string Topic, int Count);

/// <summary>A quote as the report counts it.</summary>
public sealed record QuoteRow(string ClientId, string Status, decimal Total, DateOnly Created);

/// <summary>A goodwill ledger entry; <see cref="Value"/> null when the ledger has none (priced from the book).</summary>
public sealed record GoodwillRow(string ClientId, string ItemId, int Units, decimal? Value, DateOnly Date);
