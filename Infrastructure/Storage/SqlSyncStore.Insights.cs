using System.Data.Common;
using System.Globalization;
using MailScope.Core.Insights;

namespace MailScope.Infrastructure.Storage;

/// <summary>
/// The report's reads: a few aggregate queries over the date range (counts are grouped in SQL; only the
/// creep asks, a small share, come back row by row for grouping by topic).
/// </summary>
public abstract partial class SqlSyncStore : IInsightsSource
{
    public async Task<InsightsInput> ReadInsightsAsync(DateOnly from, DateOnly until, string? clientId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var day = (string Name, DateOnly Value) => (Name, (object?)Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        (string, object?)[] range = [day("from", from), day("until", until), ("client", clientId), day("next", until.AddDays(1))];
        var onlyClient = clientId is null ? string.Empty : " AND client_id = @client";

        var askCounts = await ReadAsync(connection, $"""
            SELECT client_id, verdict, COUNT(*) FROM mailscope_ask WHERE received_on >= @from AND received_on <= @until{onlyClient} GROUP BY client_id, verdict
            """, range, r => (r.GetString(0), r.GetString(1), r.GetInt32(2)), cancellationToken).ConfigureAwait(false);
        // A message from a store older than received_at counts by the day it was judged.
        var flagged = await ReadAsync(connection, $"""
            SELECT client_id, COUNT(*) FROM mailscope_message
            WHERE flagged = 1 AND client_id IS NOT NULL AND COALESCE(received_at, judged_at) >= @from AND COALESCE(received_at, judged_at) < @next{onlyClient}
            GROUP BY client_id
            """, range, r => (r.GetString(0), r.GetInt32(1)), cancellationToken).ConfigureAwait(false);
        const string Creep = "verdict IN ('over_quota', 'out_of_scope', 'outside_expertise')";
        var creep = await ReadAsync(connection, $"""
            SELECT client_id, received_on, verdict, item_id, item_kind, topic, COUNT(DISTINCT message_key) FROM mailscope_ask
            WHERE received_on >= @from AND received_on <= @until AND {Creep}{onlyClient}
            GROUP BY client_id, received_on, verdict, item_id, item_kind, topic
            """, range, r => new CreepAsk(r.GetString(0), Day(r.GetString(1)), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt32(6)),
            cancellationToken).ConfigureAwait(false);
        // One wording per topic of the unmatched asks: what their group's label is made of.
        var texts = await ReadAsync(connection, $"""
            SELECT topic, MIN(text) FROM mailscope_ask
            WHERE received_on >= @from AND received_on <= @until AND {Creep} AND (item_id IS NULL OR item_kind NOT IN ('deliverable', 'addon', 'package')){onlyClient}
            GROUP BY topic
            """, range, r => (Topic: r.GetString(0), Text: r.GetString(1)), cancellationToken).ConfigureAwait(false);
        var quotes = await ReadAsync(connection, $"""
            SELECT client_id, status, total, created FROM mailscope_quote WHERE created >= @from AND created <= @until{onlyClient}
            """, range, r => new QuoteRow(r.GetString(0), r.GetString(1), Money(r.GetString(2)), Day(r.GetString(3))), cancellationToken).ConfigureAwait(false);
        var goodwill = await ReadAsync(connection, $"""
            SELECT client_id, item_id, units, value, on_date FROM mailscope_ledger WHERE kind = 'goodwill' AND on_date >= @from AND on_date <= @until{onlyClient}
            """, range, r => new GoodwillRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : Money(r.GetString(3)), Day(r.GetString(4))),
            cancellationToken).ConfigureAwait(false);
        var usage = await ReadAsync(connection, $"""
            SELECT client_id, item_id, SUM(units) FROM mailscope_ledger WHERE kind IN ('delivered', 'goodwill'){onlyClient} GROUP BY client_id, item_id
            """, range, r => (r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
        return new InsightsInput(askCounts, flagged, creep, texts.ToDictionary(t => t.Topic, t => t.Text, StringComparer.Ordinal), quotes, goodwill, usage);
    }

    private static async Task<List<T>> ReadAsync<T>(
        DbConnection connection, string sql, (string Name, object? Value)[] parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        // Only the parameters the statement names: PostgreSQL rejects a parameter it cannot type.
        await using var command = Command(connection, null, sql, [.. parameters.Where(p => sql.Contains("@" + p.Name, StringComparison.Ordinal))]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal Money(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
