using System.Data.Common;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Tests.Servers;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>A store made by the first release (fewer columns) is brought up to date on start, its records kept.</summary>
public sealed class StoreMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    // The tables as the first release of the store created them.
    private static string FirstRelease(string idColumn) => $$"""
        CREATE TABLE mailscope_checkpoint (mailbox TEXT NOT NULL PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE mailscope_message (mailbox TEXT NOT NULL, message_key TEXT NOT NULL, source_id TEXT NOT NULL, verdict TEXT NOT NULL,
            client_id TEXT NULL, flagged INTEGER NOT NULL, draft_state INTEGER NOT NULL, draft_ref TEXT NULL, judged_at TEXT NOT NULL,
            PRIMARY KEY (mailbox, message_key));
        CREATE TABLE mailscope_sync_run (id {{idColumn}}, mailbox TEXT NOT NULL, worker TEXT NOT NULL, started_at TEXT NOT NULL,
            finished_at TEXT NULL, fetched INTEGER NOT NULL DEFAULT 0, judged INTEGER NOT NULL DEFAULT 0, flagged INTEGER NOT NULL DEFAULT 0,
            drafted INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, error TEXT NULL);
        INSERT INTO mailscope_message VALUES ('inbox', '<a@example.com>', '7', 'out_of_scope', 'acme', 1, 2, 'Drafts:1:3', '2026-11-01T09:00:00.0000000+00:00');
        INSERT INTO mailscope_checkpoint VALUES ('inbox', '{"uidValidity":1,"lastUid":7}', '2026-11-01T09:00:00.0000000+00:00');
        """;

    [Fact]
    public async Task An_sqlite_store_from_the_first_release_gains_the_new_columns_and_keeps_its_records()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "old.db");
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await RunAsync(connection, FirstRelease(SqlDialect.Sqlite.IdColumn));
        }

        await AssertMigratedAsync(new SqliteSyncStore($"Data Source={file}"));
    }

    [Fact]
    public async Task A_postgresql_store_from_the_first_release_gains_the_new_columns_and_keeps_its_records()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await RunAsync(connection, FirstRelease(SqlDialect.PostgreSql.IdColumn));
        }

        await AssertMigratedAsync(new PostgresSyncStore(connectionString));
    }

    private static async Task AssertMigratedAsync(SqlSyncStore store)
    {
        await Task.WhenAll(store.InitializeAsync(CancellationToken.None), store.InitializeAsync(CancellationToken.None)); // two workers starting at once
        await store.InitializeAsync(CancellationToken.None); // and again: nothing left to add

        var old = Assert.Single(await store.ListRecordsAsync("inbox", CancellationToken.None));
        Assert.Equal(("<a@example.com>", "7", "out_of_scope", DraftState.Done, "Drafts:1:3"), (old.MessageKey, old.SourceId, old.Verdict, old.Draft, old.DraftReference));
        Assert.Null(old.Subject);
        Assert.Equal("""{"uidValidity":1,"lastUid":7}""", await store.GetCheckpointAsync("inbox", CancellationToken.None));

        Assert.Equal(1, await store.MarkDismissedAsync("inbox", ["7"], DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal(0, await store.MarkDismissedAsync("inbox", ["7"], DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.NotNull(Assert.Single(await store.ListFlaggedAsync(10, CancellationToken.None)).Record.DismissedAt);
        var run = await store.StartRunAsync("inbox", "test", CancellationToken.None);
        await store.FinishRunAsync(run, new SyncCounts(1, 1, 0, 0, 0, RoundTrips: 5), null, CancellationToken.None);
        Assert.Equal(5, (await store.ListRunsAsync(CancellationToken.None)).Single().Counts.RoundTrips);
    }

    private static async Task RunAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
