using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MailScope.Core.Agreements;
using MailScope.Core.Messages;
using MailScope.Core.Offers;

namespace MailScope.Infrastructure.Storage;

/// <summary>
/// The quote book in the store's <c>mailscope_quote</c> table: the same SQL on SQLite and PostgreSQL.
/// Deciding is one conditional UPDATE, so of two workers deciding a quote at once exactly one wins.
/// Message-IDs are kept without angle brackets.
/// </summary>
public sealed class SqlQuoteBook(SqlSyncStore store) : IQuoteBook, IQuoteConfirmations
{
    private const string Columns = "number, client_id, kind, status, total, currency, created, valid_until, target_id, answered_message_id, reply_message_id, lines, decided_at, decided_by";

    public async Task SaveAsync(StoredQuote quote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await SqlSyncStore.ExecuteAsync(connection, null, $"""
            INSERT INTO mailscope_quote ({Columns})
            VALUES (@number, @client, @kind, @status, @total, @currency, @created, @valid, @target, @answered, @reply, @lines, @decidedAt, @decidedBy)
            ON CONFLICT (number) DO NOTHING
            """,
            [("number", quote.Number), ("client", quote.ClientId), ("kind", quote.Kind.ToWire()), ("status", quote.Status.ToWire()),
             ("total", Money(quote.Total)), ("currency", quote.Currency), ("created", Day(quote.Created)), ("valid", Day(quote.ValidUntil)),
             ("target", quote.TargetId), ("answered", MessageIds.Normalize(quote.AnsweredMessageId)), ("reply", MessageIds.Normalize(quote.ReplyMessageId)),
             ("lines", JsonSerializer.Serialize(quote.Lines.Select(l => new LineRow(l.Description, l.Quantity, l.UnitPrice, l.ItemId, l.Units)).ToList(), QuoteLineJson.Default.ListLineRow)),
             ("decidedAt", quote.DecidedAt is { } at ? Stamp(at) : null), ("decidedBy", quote.DecidedBy)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredQuote?> GetAsync(string number, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM mailscope_quote WHERE number = @number", [("number", number)], cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<StoredQuote>> ListAsync(QuoteStatus? status, string? clientId, CancellationToken cancellationToken)
    {
        // Conditions are added only when given: PostgreSQL cannot type a NULL parameter compared with IS NULL.
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();
        if (status is { } s)
        {
            conditions.Add("status = @status");
            parameters.Add(("status", s.ToWire()));
        }

        if (clientId is not null)
        {
            conditions.Add("client_id = @client");
            parameters.Add(("client", clientId));
        }

        var where = conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
        return QueryAsync($"SELECT {Columns} FROM mailscope_quote{where} ORDER BY created, number", [.. parameters], cancellationToken);
    }

    public async Task<IReadOnlyList<StoredQuote>> FindByMessageIdsAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var ids = messageIds.Select(MessageIds.Normalize).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var found = new List<StoredQuote>();
        foreach (var chunk in ids.Chunk(100))
        {
            var names = string.Join(", ", chunk.Select((_, i) => "@m" + i.ToString(CultureInfo.InvariantCulture)));
            var parameters = chunk.Select((id, i) => ("m" + i.ToString(CultureInfo.InvariantCulture), (object?)id)).ToArray();
            found.AddRange(await QueryAsync(
                $"SELECT {Columns} FROM mailscope_quote WHERE answered_message_id IN ({names}) OR reply_message_id IN ({names}) ORDER BY created, number",
                parameters, cancellationToken).ConfigureAwait(false));
        }

        return found.DistinctBy(q => q.Number).ToList();
    }

    public async Task<bool> DecideAsync(string number, QuoteStatus status, DateTimeOffset at, string decidedBy, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // One statement: the WHERE sees the status as committed, so a second decision finds nothing to change.
        await using var command = SqlSyncStore.Command(connection, null,
            "UPDATE mailscope_quote SET status = @status, decided_at = @at, decided_by = @by WHERE number = @number AND status = @drafted",
            ("status", status.ToWire()), ("at", Stamp(at)), ("by", decidedBy), ("number", number), ("drafted", QuoteStatus.Drafted.ToWire()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<OwedConfirmation>> ListOwedConfirmationsAsync(string mailbox, int limit, CancellationToken cancellationToken)
    {
        // Accepted by a message this mailbox recorded (decided_by is its key); a decision by the CLI owes no mail.
        var columns = string.Join(", ", Columns.Split(", ").Select(c => "q." + c));
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlSyncStore.Command(connection, null, $"""
            SELECT {columns}, m.message_key, m.source_id, q.confirm_state FROM mailscope_quote q
            JOIN mailscope_message m ON m.mailbox = @mailbox AND m.message_key = q.decided_by
            WHERE q.status = @accepted AND q.confirm_state IN (@owed, @pending)
            ORDER BY q.decided_at, q.number LIMIT @limit
            """, ("mailbox", mailbox), ("accepted", QuoteStatus.Accepted.ToWire()), ("owed", (int)ConfirmationState.Owed),
            ("pending", (int)ConfirmationState.Pending), ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var owed = new List<OwedConfirmation>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            owed.Add(new OwedConfirmation(Read(reader), reader.GetString(14), reader.GetString(15), (ConfirmationState)reader.GetInt32(16)));
        }

        return owed;
    }

    public async Task MarkConfirmationAsync(string number, ConfirmationState state, string? reference, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await SqlSyncStore.ExecuteAsync(connection, null, "UPDATE mailscope_quote SET confirm_state = @state, confirm_ref = @ref WHERE number = @number",
            [("state", (int)state), ("ref", reference), ("number", number)], cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<StoredQuote>> QueryAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlSyncStore.Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var quotes = new List<StoredQuote>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            quotes.Add(Read(reader));
        }

        return quotes;
    }

    private static StoredQuote Read(DbDataReader reader)
    {
        var lines = JsonSerializer.Deserialize(reader.GetString(11), QuoteLineJson.Default.ListLineRow) ?? [];
        return new StoredQuote(
            reader.GetString(0), reader.GetString(1), OfferKinds.Parse(reader.GetString(2)) ?? OfferKind.ChangeOrder,
            [.. lines.Select(l => new QuoteLine(l.Description, l.Quantity, l.UnitPrice) { ItemId = l.ItemId, Units = l.Units })],
            decimal.Parse(reader.GetString(4), CultureInfo.InvariantCulture), reader.GetString(5),
            DateOnly.ParseExact(reader.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(reader.GetString(7), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            QuoteStatusWire.Parse(reader.GetString(3)) ?? QuoteStatus.Drafted)
        {
            TargetId = Text(reader, 8),
            AnsweredMessageId = Text(reader, 9),
            ReplyMessageId = Text(reader, 10),
            DecidedAt = Text(reader, 12) is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
            DecidedBy = Text(reader, 13),
        };
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static string Money(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    internal sealed record LineRow(string Description, decimal Quantity, decimal UnitPrice, string? ItemId, int? Units);
}

/// <summary>Quote lines as stored, by generated code: the reflection serializer's first use cost every sync ~0.15 s at start.</summary>
[JsonSerializable(typeof(List<SqlQuoteBook.LineRow>))]
internal sealed partial class QuoteLineJson : JsonSerializerContext;
