using System.Data.Common;
using System.Globalization;
using MailScope.Core.Sync;

namespace MailScope.Infrastructure.Storage;

/// <summary>
/// Writes the asks of records into <c>mailscope_ask</c> (one row per ask: verdict, matched item, topic, the
/// message's date) with two statements prepared once per batch. A record without asks (<c>null</c>) leaves
/// its rows alone; a record judged again replaces them.
/// </summary>
internal sealed class AskRows(DbConnection connection, DbTransaction transaction, string mailbox) : IAsyncDisposable
{
    private DbCommand? _delete;
    private DbCommand? _insert;

    public async Task ReplaceAsync(MessageRecord record, CancellationToken cancellationToken)
    {
        if (record.Asks is null || record.ClientId is null)
        {
            return;
        }

        _delete ??= SqlSyncStore.Command(connection, transaction, "DELETE FROM mailscope_ask WHERE mailbox = @mailbox AND message_key = @key", ("mailbox", mailbox), ("key", ""));
        _delete.Parameters[1].Value = record.MessageKey;
        await _delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        _insert ??= SqlSyncStore.Command(connection, transaction, """
            INSERT INTO mailscope_ask (mailbox, message_key, ordinal, client_id, received_on, verdict, item_id, item_kind, topic, text)
            VALUES (@mailbox, @key, @ordinal, @client, @day, @verdict, @item, @kind, @topic, @text)
            """,
            ("mailbox", mailbox), ("key", ""), ("ordinal", 0), ("client", ""), ("day", ""), ("verdict", ""), ("item", null), ("kind", ""), ("topic", ""), ("text", ""));
        // The message's own date decides the day it counts in; the judging time when the message has none.
        var day = (record.ReceivedAt ?? record.JudgedAt).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var i = 0; i < record.Asks.Count; i++)
        {
            var ask = record.Asks[i];
            object?[] values = [mailbox, record.MessageKey, i, record.ClientId, day, ask.Verdict, ask.ItemId, ask.ItemKind, ask.Topic, ask.Text];
            for (var p = 0; p < values.Length; p++)
            {
                _insert.Parameters[p].Value = values[p] ?? DBNull.Value;
            }

            await _insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_delete is not null)
        {
            await _delete.DisposeAsync().ConfigureAwait(false);
        }

        if (_insert is not null)
        {
            await _insert.DisposeAsync().ConfigureAwait(false);
        }
    }
}
