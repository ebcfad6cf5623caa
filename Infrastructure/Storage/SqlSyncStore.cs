using System.Data.Common;
using System.Globalization;
using MailScope.Core.Judgement;
using MailScope.Core.Learning;
using MailScope.Core.Sync;

namespace MailScope.Infrastructure.Storage;

/// <summary>
/// The sync store on ADO.NET: the same SQL on SQLite (the embedded default) and PostgreSQL. Each
/// batch is one transaction, so a crash leaves the store at the end of the last whole batch.
/// </summary>
public abstract partial class SqlSyncStore(SqlDialect dialect, TimeProvider time) : ISyncStore, ICorrectionStore
{
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A connection to the store for the other tables' classes (the ledger) that share it.</summary>
    internal Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    /// <summary>The current time of the store's clock, for the recorded-at stamps of the other tables.</summary>
    internal DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Where the store is, for an error an operator can act on (never a password).</summary>
    public abstract string Location { get; }

    public abstract Task<IAsyncDisposable?> TryLeaseMailboxAsync(string mailbox, CancellationToken cancellationToken);

    public virtual async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await CreateTablesAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates missing tables and adds the columns a store from an older MailScope lacks.</summary>
    protected async Task CreateTablesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, dialect.Schema, [], cancellationToken).ConfigureAwait(false);
        foreach (var added in SqlDialect.AddedColumns.GroupBy(c => c.Table))
        {
            var existing = await ColumnsAsync(connection, transaction, added.Key, cancellationToken).ConfigureAwait(false);
            foreach (var (table, column, type) in added.Where(c => !existing.Contains(c.Column)))
            {
                await AddColumnAsync(connection, transaction, table, column, type, cancellationToken).ConfigureAwait(false);
            }
        }

        await ExecuteAsync(connection, transaction, SqlDialect.Indexes, [], cancellationToken).ConfigureAwait(false);
    }

    private static async Task<HashSet<string>> ColumnsAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        // An empty SELECT names the columns on both SQLite and PostgreSQL.
        await using var command = Command(connection, transaction, $"SELECT * FROM {table} WHERE 1 = 0");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return new HashSet<string>(Enumerable.Range(0, reader.FieldCount).Select(reader.GetName), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Adds a column an older store lacks; another process adding it at the same moment is not an error.</summary>
    protected virtual Task AddColumnAsync(DbConnection connection, DbTransaction? transaction, string table, string column, string type, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, $"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {type}", [], cancellationToken);

    public async Task<int> MarkDismissedAsync(string mailbox, IReadOnlyCollection<string> sourceIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (sourceIds.Count == 0)
        {
            return 0;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var marked = 0;
        foreach (var chunk in sourceIds.Chunk(200))
        {
            var names = chunk.Select((_, i) => "@s" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            var parameters = chunk.Select((id, i) => ("s" + i.ToString(CultureInfo.InvariantCulture), (object?)id)).Append(("mailbox", mailbox)).Append(("at", Stamp(at))).ToArray();
            await using var command = Command(connection, null,
                $"UPDATE mailscope_message SET dismissed_at = @at WHERE mailbox = @mailbox AND flagged = 1 AND dismissed_at IS NULL AND source_id IN ({string.Join(", ", names)})",
                parameters);
            marked += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return marked;
    }

    public async Task<string?> GetCheckpointAsync(string mailbox, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT state FROM mailscope_checkpoint WHERE mailbox = @mailbox", ("mailbox", mailbox));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task SaveAsync(string mailbox, IReadOnlyCollection<MessageRecord> records, string? checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (records.Count > 0)
        {
            // One prepared statement for the whole batch: preparing it per record cost more than the insert.
            await using var insert = Command(connection, transaction, """
                INSERT INTO mailscope_message (mailbox, message_key, source_id, verdict, client_id, flagged, draft_state, draft_ref, judged_at, subject, sender, evidence, reply_preview, received_at)
                VALUES (@mailbox, @key, @source, @verdict, @client, @flagged, @draft, @draftRef, @judged, @subject, @sender, @evidence, @preview, @received)
                ON CONFLICT (mailbox, message_key) DO UPDATE SET source_id = excluded.source_id, verdict = excluded.verdict,
                    client_id = excluded.client_id, flagged = excluded.flagged, draft_state = excluded.draft_state, draft_ref = excluded.draft_ref,
                    subject = COALESCE(excluded.subject, mailscope_message.subject), sender = COALESCE(excluded.sender, mailscope_message.sender),
                    evidence = COALESCE(excluded.evidence, mailscope_message.evidence), reply_preview = COALESCE(excluded.reply_preview, mailscope_message.reply_preview),
                    received_at = COALESCE(excluded.received_at, mailscope_message.received_at)
                """,
                ("mailbox", mailbox), ("key", ""), ("source", ""), ("verdict", ""), ("client", null), ("flagged", 0), ("draft", 0), ("draftRef", null),
                ("judged", ""), ("subject", null), ("sender", null), ("evidence", null), ("preview", null), ("received", null));
            var asks = new AskRows(connection, transaction, mailbox);
            await using (asks.ConfigureAwait(false))
            {
                await asks.DeleteAsync(records, cancellationToken).ConfigureAwait(false);
                foreach (var record in records)
                {
                    object?[] values = [mailbox, record.MessageKey, record.SourceId, record.Verdict, record.ClientId, record.Flagged ? 1 : 0, (int)record.Draft,
                        record.DraftReference, Stamp(record.JudgedAt), record.Subject, record.Sender, record.Evidence, record.ReplyPreview,
                        record.ReceivedAt is { } received ? Stamp(received) : null];
                    for (var i = 0; i < values.Length; i++)
                    {
                        insert.Parameters[i].Value = values[i] ?? DBNull.Value;
                    }

                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    // In the same transaction as the record: a report never sees a message without its asks.
                    await asks.InsertAsync(record, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        if (checkpoint is not null)
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO mailscope_checkpoint (mailbox, state, updated_at) VALUES (@mailbox, @state, @now)
                ON CONFLICT (mailbox) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
                """, [("mailbox", mailbox), ("state", checkpoint), ("now", Stamp(time.GetUtcNow()))], cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, MessageRecord>> GetRecordsAsync(string mailbox, IReadOnlyCollection<string> messageKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageKeys);
        var found = new Dictionary<string, MessageRecord>(StringComparer.Ordinal);
        if (messageKeys.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // Keys go in as parameters in chunks: one query per batch, never string-built SQL.
        foreach (var chunk in messageKeys.Distinct(StringComparer.Ordinal).Chunk(200))
        {
            var names = chunk.Select((_, i) => $"@k{i}").ToList();
            var parameters = chunk.Select((k, i) => ($"k{i}", (object?)k)).Prepend(("mailbox", mailbox)).ToArray();
            await using var command = Command(connection, null,
                $"SELECT {RecordColumns} FROM mailscope_message WHERE mailbox = @mailbox AND message_key IN ({string.Join(", ", names)})", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var record = ReadRecord(reader);
                found[record.MessageKey] = record;
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<MessageRecord>> ListOwedDraftsAsync(string mailbox, int limit, CancellationToken cancellationToken)
    {
        return await QueryRecordsAsync(
            $"SELECT {RecordColumns} FROM mailscope_message WHERE mailbox = @mailbox AND flagged = 1 AND draft_state = @pending AND dismissed_at IS NULL ORDER BY judged_at, message_key LIMIT @limit",
            [("mailbox", mailbox), ("pending", (int)DraftState.Pending), ("limit", limit)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MessageRecord>> GetRecordsBySourceAsync(string mailbox, IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        var found = new List<MessageRecord>();
        foreach (var chunk in sourceIds.Distinct(StringComparer.Ordinal).Chunk(200))
        {
            var names = chunk.Select((_, i) => "@s" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            var parameters = chunk.Select((id, i) => ("s" + i.ToString(CultureInfo.InvariantCulture), (object?)id)).Append(("mailbox", mailbox)).ToArray();
            found.AddRange(await QueryRecordsAsync(
                $"SELECT {RecordColumns} FROM mailscope_message WHERE mailbox = @mailbox AND source_id IN ({string.Join(", ", names)})", parameters, cancellationToken).ConfigureAwait(false));
        }

        return found;
    }

    public async Task<IReadOnlyList<Correction>> ListCorrectionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT ask_text, verdict, item_id, client_id, at, source FROM mailscope_correction ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var corrections = new List<Correction>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (VerdictNames.FromWire(reader.GetString(1)) is { } verdict)
            {
                var client = reader.GetString(3);
                corrections.Add(new Correction(reader.GetString(0), verdict, Text(reader, 2), client.Length == 0 ? null : client, ParseStamp(reader.GetString(4)), reader.GetString(5)));
            }
        }

        return corrections;
    }

    public async Task AddCorrectionsAsync(IReadOnlyCollection<Correction> corrections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        if (corrections.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var c in corrections)
        {
            // The latest word on an ask of a client replaces the earlier one.
            var client = c.ClientId ?? string.Empty;
            await ExecuteAsync(connection, transaction, "DELETE FROM mailscope_correction WHERE client_id = @client AND ask_text = @text",
                [("client", client), ("text", c.AskText)], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, """
                INSERT INTO mailscope_correction (client_id, ask_text, verdict, item_id, at, source) VALUES (@client, @text, @verdict, @item, @at, @source)
                """, [("client", client), ("text", c.AskText), ("verdict", c.Verdict.ToWire()), ("item", c.ItemId), ("at", Stamp(c.At)), ("source", c.Source)], cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MessageRecord>> ListRecordsAsync(string mailbox, CancellationToken cancellationToken)
    {
        return await QueryRecordsAsync(
            $"SELECT {RecordColumns} FROM mailscope_message WHERE mailbox = @mailbox ORDER BY judged_at, message_key", [("mailbox", mailbox)], cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<MessageRecord>> QueryRecordsAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var records = new List<MessageRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(ReadRecord(reader));
        }

        return records;
    }

    public async Task<long> StartRunAsync(string mailbox, string worker, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "INSERT INTO mailscope_sync_run (mailbox, worker, started_at) VALUES (@mailbox, @worker, @now) RETURNING id",
            ("mailbox", mailbox), ("worker", worker), ("now", Stamp(time.GetUtcNow())));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task FinishRunAsync(long runId, SyncCounts counts, string? failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, """
            UPDATE mailscope_sync_run SET finished_at = @now, fetched = @fetched, judged = @judged, flagged = @flagged,
                drafted = @drafted, skipped = @skipped, round_trips = @trips, error = @error WHERE id = @id
            """,
            [("now", Stamp(time.GetUtcNow())), ("fetched", counts.Fetched), ("judged", counts.Judged), ("flagged", counts.Flagged),
             ("drafted", counts.Drafted), ("skipped", counts.Skipped), ("trips", counts.RoundTrips), ("error", failure), ("id", runId)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SyncRun>> ListRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT id, mailbox, worker, started_at, finished_at, fetched, judged, flagged, drafted, skipped, round_trips, error FROM mailscope_sync_run ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var runs = new List<SyncRun>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            runs.Add(new SyncRun(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), ParseStamp(reader.GetString(3)),
                reader.IsDBNull(4) ? null : ParseStamp(reader.GetString(4)),
                new SyncCounts(reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10)),
                reader.IsDBNull(11) ? null : reader.GetString(11)));
        }

        return runs;
    }

    /// <summary>Takes the next value of a named counter, atomically.</summary>
    public async Task<long> NextCounterAsync(string counter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, """
            INSERT INTO mailscope_quote_counter (counter, value) VALUES (@counter, 1)
            ON CONFLICT (counter) DO UPDATE SET value = mailscope_quote_counter.value + 1
            RETURNING value
            """, ("counter", counter));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private const string RecordColumns = "message_key, source_id, verdict, client_id, flagged, draft_state, draft_ref, judged_at, subject, sender, evidence, reply_preview, dismissed_at";

    private static MessageRecord ReadRecord(DbDataReader reader) => ReadRecordAt(reader, 0);

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public async Task<IReadOnlyList<FlaggedMessage>> ListFlaggedAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            $"SELECT mailbox, {RecordColumns} FROM mailscope_message WHERE flagged = 1 ORDER BY judged_at DESC, message_key LIMIT @limit", ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<FlaggedMessage>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new FlaggedMessage(reader.GetString(0), ReadRecordAt(reader, 1)));
        }

        return found;
    }

    private static MessageRecord ReadRecordAt(DbDataReader reader, int offset) => new(
        reader.GetString(offset), reader.GetString(offset + 1), reader.GetString(offset + 2), Text(reader, offset + 3),
        reader.GetInt32(offset + 4) != 0, (DraftState)reader.GetInt32(offset + 5), Text(reader, offset + 6), ParseStamp(reader.GetString(offset + 7)))
    {
        Subject = Text(reader, offset + 8),
        Sender = Text(reader, offset + 9),
        Evidence = Text(reader, offset + 10),
        ReplyPreview = Text(reader, offset + 11),
        DismissedAt = Text(reader, offset + 12) is { } dismissed ? ParseStamp(dismissed) : null,
    };

    internal static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseStamp(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    protected internal static async Task ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, [.. parameters]);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A parameterised command; the store's helpers in this assembly (ledger, quote book, ask rows) use it too.</summary>
    protected internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            // Named as the SQL names it: SQLite otherwise looks each name up again under every prefix, per execution.
            parameter.ParameterName = name.StartsWith('@') ? name : "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
