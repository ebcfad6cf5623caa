using System.Data.Common;
using MailScope.Core.Insights;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Tests.Servers;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>
/// The per-ask rows reports read (docs/worker.md, `report`) are written with their record: a batch larger than one
/// delete statement keeps every ask, a message judged again has only its new asks, and a record saved
/// without asks (read back and saved again) leaves its rows alone.
/// </summary>
public sealed class AskRowTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Sqlite_keeps_each_records_asks_exactly()
    {
        using var folder = new TempFolder();
        var connectionString = $"Data Source={Path.Combine(folder.Path, "asks.db")}";
        await AssertAskRowsAsync(new SqliteSyncStore(connectionString), () => new SqliteConnection(connectionString));
    }

    [Fact]
    public async Task Postgresql_keeps_each_records_asks_exactly()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await AssertAskRowsAsync(new PostgresSyncStore(connectionString), () => new NpgsqlConnection(connectionString));
    }

    private static async Task AssertAskRowsAsync(SqlSyncStore store, Func<DbConnection> open)
    {
        await store.InitializeAsync(CancellationToken.None);
        // 450 records of two asks each: more than two delete statements' worth of keys.
        var first = Enumerable.Range(0, 450).Select(i => Record(i, Ask("over_quota", $"one more session {i}"), Ask("in_scope", $"the invoice {i}"))).ToList();
        await store.SaveAsync("inbox", first, null, CancellationToken.None);
        Assert.Equal(900, await CountAsync(open, "SELECT COUNT(*) FROM mailscope_ask"));

        // Message 7 judged again with one ask; message 8 read back (no asks) and saved again, flagged now.
        await store.SaveAsync("inbox", [Record(7, Ask("out_of_scope", "a faster turnaround")), Record(8) with { Flagged = true }], "{\"lastUid\":450}", CancellationToken.None);

        Assert.Equal(899, await CountAsync(open, "SELECT COUNT(*) FROM mailscope_ask"));
        Assert.Equal(1, await CountAsync(open, "SELECT COUNT(*) FROM mailscope_ask WHERE message_key = '<m7@example.com>' AND verdict = 'out_of_scope'"));
        Assert.Equal(0, await CountAsync(open, "SELECT COUNT(*) FROM mailscope_ask WHERE message_key = '<m7@example.com>' AND verdict <> 'out_of_scope'"));
        Assert.Equal(2, await CountAsync(open, "SELECT COUNT(*) FROM mailscope_ask WHERE message_key = '<m8@example.com>'"));
        Assert.Equal("{\"lastUid\":450}", await store.GetCheckpointAsync("inbox", CancellationToken.None));
    }

    private static MessageRecord Record(int i, params RecordedAsk[] asks) =>
        new($"<m{i}@example.com>", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "over_quota", "acme", false, DraftState.None, null,
            new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero))
        {
            Asks = asks.Length == 0 ? null : asks,
            ReceivedAt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
        };

    private static RecordedAsk Ask(string verdict, string text) => new(verdict, null, "none", text.Split(' ')[^2], text);

    private static async Task<long> CountAsync(Func<DbConnection> open, string sql)
    {
        await using var connection = open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
