using System.Data.Common;
using System.Globalization;
using MailScope.Core.Sync;

namespace MailScope.Infrastructure.Storage;

/// <summary>
/// Writes the asks of records into <c>mailscope_ask</c> (one row per ask: verdict, matched item, topic, the
/// message's date): the old rows of a batch's records go in one statement per 200 records, the new ones through
/// one insert prepared once per batch. A record without asks (<c>null</c>) leaves its rows alone; a record judged
/// again replaces them.
/// </summary>
internal sealed class AskRows(DbConnection connection, DbTransaction transaction, string mailbox) : IAsyncDisposable
{
    private DbCommand? _insert;

    /// <summary>Removes the rows of every record that brings asks of its own; call before <see cref="InsertAsync"/>.</summary>
    public async Task DeleteAsync(IEnumerable<MessageRecord> records, CancellationToken cancellationToken)
    {
        foreach (var chunk in records.Where(Writes).Select(r => r.MessageKey).Distinct(StringComparer.Ordinal).Chunk(200))
        {
            var names = chunk.Select((_, i) => $"@k{i}");
            var parameters = chunk.Select((k, i) => ($"k{i}", (object?)k)).Prepend(("mailbox", mailbox)).ToArray();
            await using var delete = SqlSyncStore.Command(connection, transaction,
                $"DELETE FROM mailscope_ask WHERE mailbox = @mailbox AND message_key IN ({string.Join(", ", names)})", parameters);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task InsertAsync(MessageRecord record, CancellationToken cancellationToken)
    {
        if (record.Asks is not { } asks || record.ClientId is null)
        {
            return;
        }

        _insert ??= SqlSyncStore.Command(connection, transaction, """
            INSERT INTO mailscope_ask (mailbox, message_key, ordinal, client_id, received_on, verdict, item_id, item_kind, topic, text)
            VALUES (@mailbox, @key, @ordinal, @client, @day, @verdict, @item, @kind, @topic, @text)
            """,
            ("mailbox", mailbox), ("key", ""), ("ordinal", 0), ("client", ""), ("day", ""), ("verdict", ""), ("item", null), ("kind", ""), ("topic", ""), ("text", ""));
        // The message's own date decides the day it counts in; the judging time when the message has none.
        var day = (record.ReceivedAt ?? record.JudgedAt).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var i = 0; i < asks.Count; i++)
        {
            var ask = asks[i];
            object?[] values = [mailbox, record.MessageKey, i, record.ClientId, day, ask.Verdict, ask.ItemId, ask.ItemKind, ask.Topic, ask.Text];
            for (var p = 0; p < values.Length; p++)
            {
                _insert.Parameters[p].Value = values[p] ?? DBNull.Value;
            }

            await _insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool Writes(MessageRecord record) => record.Asks is not null && record.ClientId is not null;

    public async ValueTask DisposeAsync()
    {
        if (_insert is not null)
        {
            await _insert.DisposeAsync().ConfigureAwait(false);
        }
    }
}
