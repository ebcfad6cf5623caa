namespace MailScope.Core.Insights;

/// <summary>What the store holds for a report's range: the rows <see cref="InsightsBuilder"/> turns into figures.</summary>
/// <param name="AskCounts">Asks per client and verdict (wire name).</param>
/// <param name="Flagged">Flagged messages per client.</param>
/// <param name="CreepAsks">Every ask judged over quota, out of scope or outside expertise, oldest first.</param>
/// <param name="Quotes">The quotes created in the range.</param>
/// <param name="Goodwill">The goodwill ledger entries dated in the range.</param>
/// <param name="Usage">Units delivered or given per client and item, over all time (for the usage bars).</param>
public sealed record InsightsInput(
    IReadOnlyList<(string ClientId, string Verdict, int Count)> AskCounts,
    IReadOnlyList<(string ClientId, int Count)> Flagged,
    IReadOnlyList<CreepAsk> CreepAsks,
    IReadOnlyList<QuoteRow> Quotes,
    IReadOnlyList<GoodwillRow> Goodwill,
    IReadOnlyList<(string ClientId, string ItemId, int Units)> Usage);

/// <summary>An ask marked as creep: who, when (the message's date), the verdict, the item and the topic.</summary>
public sealed record CreepAsk(string ClientId, string MessageKey, DateOnly Date, string Verdict, string? ItemId, string ItemKind, string Topic, string Text);

/// <summary>A quote as the report counts it.</summary>
public sealed record QuoteRow(string ClientId, string Status, decimal Total, DateOnly Created);

/// <summary>A goodwill ledger entry; <see cref="Value"/> null when the ledger has none (priced from the book).</summary>
public sealed record GoodwillRow(string ClientId, string ItemId, int Units, decimal? Value, DateOnly Date);
