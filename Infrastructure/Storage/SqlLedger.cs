using System.Data.Common;
using System.Globalization;
using MailScope.Core.Agreements;

namespace MailScope.Infrastructure.Storage;

/// <summary>
/// The usage ledger in the store's <c>mailscope_ledger</c> table, the same SQL on SQLite and PostgreSQL.
/// Each entry is one INSERT with its own id, so writers in several processes never overwrite each other.
/// </summary>
public sealed class SqlLedger(SqlSyncStore store) : ILedger
{
    private const string Columns = "id, client_id, item_id, units, on_date, kind, source, note, value, quote_number, message_key";

    public async Task<LedgerEntry> AddAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, """
            INSERT INTO mailscope_ledger (client_id, item_id, units, on_date, kind, source, note, value, quote_number, message_key, recorded_at)
            VALUES (@client, @item, @units, @date, @kind, @source, @note, @value, @quote, @message, @at)
            RETURNING id
            """,
            ("client", entry.ClientId), ("item", entry.ItemId), ("units", entry.Units), ("date", Day(entry.Date)), ("kind", entry.Kind.ToWire()),
            ("source", entry.Source.ToWire()), ("note", entry.Note), ("value", entry.Value?.ToString(CultureInfo.InvariantCulture)),
            ("quote", entry.QuoteNumber), ("message", entry.MessageKey), ("at", store.Now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)));
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return entry with { Id = id };
    }

    public async Task<bool> AddPurchasesOnceAsync(string quoteNumber, IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quoteNumber);
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // A write first: it locks the quote's row on PostgreSQL and the database on SQLite, so whoever comes second
        // sees the first one's entries.
        await using (var lockQuote = Command(connection, "UPDATE mailscope_quote SET number = number WHERE number = @n", ("n", quoteNumber)))
        {
            lockQuote.Transaction = transaction;
            await lockQuote.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var count = Command(connection, "SELECT COUNT(*) FROM mailscope_ledger WHERE kind = 'purchased' AND quote_number = @n", ("n", quoteNumber)))
        {
            count.Transaction = transaction;
            if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }
        }

        foreach (var entry in entries)
        {
            await using var insert = Command(connection, """
                INSERT INTO mailscope_ledger (client_id, item_id, units, on_date, kind, source, note, value, quote_number, message_key, recorded_at)
                VALUES (@client, @item, @units, @date, 'purchased', @source, @note, @value, @quote, @message, @at)
                """,
                ("client", entry.ClientId), ("item", entry.ItemId), ("units", entry.Units), ("date", Day(entry.Date)),
                ("source", entry.Source.ToWire()), ("note", entry.Note), ("value", entry.Value?.ToString(CultureInfo.InvariantCulture)),
                ("quote", quoteNumber), ("message", entry.MessageKey), ("at", store.Now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)));
            insert.Transaction = transaction;
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "DELETE FROM mailscope_ledger WHERE id = @id", ("id", id));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyList<LedgerEntry>> ListAsync(string? clientId, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = clientId is null
            ? Command(connection, $"SELECT {Columns} FROM mailscope_ledger ORDER BY on_date, id")
            : Command(connection, $"SELECT {Columns} FROM mailscope_ledger WHERE client_id = @client ORDER BY on_date, id", ("client", clientId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<LedgerEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    private static LedgerEntry Read(DbDataReader reader)
    {
        // A row another version wrote with a kind or source this one does not know is read as what it most likely is.
        var kind = LedgerWire.ParseKind(reader.GetString(5)) ?? LedgerKind.Delivered;
        var source = LedgerWire.ParseSource(reader.GetString(6)) ?? LedgerSource.Cli;
        return new LedgerEntry(
            reader.GetString(1), reader.GetString(2), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
            DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture), kind, source)
        {
            Id = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
            Note = Text(reader, 7),
            Value = Text(reader, 8) is { } v ? decimal.Parse(v, NumberStyles.Number, CultureInfo.InvariantCulture) : null,
            QuoteNumber = Text(reader, 9),
            MessageKey = Text(reader, 10),
        };
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        SqlSyncStore.Command(connection, null, sql, parameters);
}
