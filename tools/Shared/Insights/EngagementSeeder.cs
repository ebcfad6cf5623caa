using System.Data.Common;

namespace MailScope.Tooling.Insights;

/// <summary>
/// Test-only: fills mailscope_quote and mailscope_ledger through SQL (columns as SqlDialect defines them), for
/// the insights benchmark's bulk store and the add-in's Insights page test. The worker's report tests no longer
/// use it: their quotes are drafted and answered through real syncs, their goodwill recorded by <c>ledger add</c>.
/// </summary>
internal static class EngagementSeeder
{
    /// <summary>The quotes and ledger entries of the planted mailbox's truth (two of them before its range).</summary>
    public static async Task SeedPlantedAsync(DbConnection connection)
    {
        await QuoteAsync(connection, "Q-2026-001", "alex-kim", "accepted", "600.00", "2026-10-13");
        await QuoteAsync(connection, "Q-2026-002", "alex-kim", "declined", "200", "2026-11-17");
        await QuoteAsync(connection, "Q-2026-003", "priya-nair", "accepted", "120", "2026-11-03");
        await QuoteAsync(connection, "Q-2026-004", "sam-ortiz", "drafted", "120", "2026-10-06");
        await QuoteAsync(connection, "Q-2026-005", "mia-chen", "accepted", "250.50", "2026-09-26");
        await QuoteAsync(connection, "Q-2026-000", "mia-chen", "accepted", "999", "2026-08-21"); // before the range
        await LedgerAsync(connection, "alex-kim", "coaching-call", 1, "2026-10-13", "goodwill", "150.00");
        await LedgerAsync(connection, "priya-nair", "cover-letter", 1, "2026-09-16", "goodwill", null); // priced at the add-on's 120
        await LedgerAsync(connection, "mia-chen", "cover-letter", 1, "2026-08-30", "goodwill", "120"); // before the range
        await LedgerAsync(connection, "mia-chen", "coaching-call", 2, "2026-10-15", "delivered", null);
    }

    public static async Task QuoteAsync(DbConnection connection, string number, string client, string status, string total, string created)
    {
        await ExecuteAsync(connection, """
            INSERT INTO mailscope_quote (number, client_id, kind, status, total, currency, created, valid_until, lines)
            VALUES (@number, @client, 'addon', @status, @total, 'USD', @created, @created, '[]')
            """, ("number", number), ("client", client), ("status", status), ("total", total), ("created", created));
    }

    public static async Task LedgerAsync(DbConnection connection, string client, string item, int units, string date, string kind, string? value)
    {
        await ExecuteAsync(connection, """
            INSERT INTO mailscope_ledger (client_id, item_id, units, on_date, kind, source, value, recorded_at)
            VALUES (@client, @item, @units, @date, @kind, 'cli', @value, @date)
            """, ("client", client), ("item", item), ("units", units), ("date", date), ("kind", kind), ("value", value));
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        await command.ExecuteNonQueryAsync();
    }
}
