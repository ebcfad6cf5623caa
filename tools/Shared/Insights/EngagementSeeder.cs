using System.Data.Common;

namespace MailScope.Tooling.Insights;

/// <summary>
/// Benchmark-only: fills mailscope_quote and mailscope_ledger through SQL (columns as SqlDialect defines them)
/// for the insights benchmark's bulk store of 2,000 quotes and ledger entries. The report and Insights page
/// tests do not use it: their quotes are drafted and answered through real syncs, their goodwill recorded by
/// <c>ledger add</c>.
/// </summary>
internal static class EngagementSeeder
{
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
