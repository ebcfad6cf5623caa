using MailScope.Core.Agreements;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Tests.Servers;
using Microsoft.Data.Sqlite;

namespace MailScope.Worker.Tests.Agreements;

/// <summary>The usage ledger on SQLite and PostgreSQL: entries kept whole, taken back by id, none lost to parallel writers.</summary>
public sealed class LedgerStoreTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task An_sqlite_ledger_keeps_every_field_lists_oldest_first_and_removes_by_id()
    {
        using var folder = new TempFolder();
        var store = new SqliteSyncStore($"Data Source={folder.File("mailscope.db")}");
        await store.InitializeAsync(CancellationToken.None);
        await AssertRoundTripAsync(new SqlLedger(store));
    }

    [Fact]
    public async Task A_postgresql_ledger_keeps_every_field_lists_oldest_first_and_removes_by_id()
    {
        var store = new PostgresSyncStore(await postgres.NewDatabaseAsync());
        await store.InitializeAsync(CancellationToken.None);
        await AssertRoundTripAsync(new SqlLedger(store));
    }

    [Fact]
    public async Task An_sqlite_store_made_before_the_ledger_gets_its_table_on_start()
    {
        using var folder = new TempFolder();
        var file = folder.File("old.db");
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE mailscope_checkpoint (mailbox TEXT NOT NULL PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL);";
            await command.ExecuteNonQueryAsync();
        }

        var store = new SqliteSyncStore($"Data Source={file}");
        await store.InitializeAsync(CancellationToken.None);
        var ledger = new SqlLedger(store);
        await ledger.AddAsync(new LedgerEntry("acme", "call", 1, new DateOnly(2026, 12, 1), LedgerKind.Delivered, LedgerSource.Cli), CancellationToken.None);
        Assert.Single(await ledger.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Parallel_writers_on_postgresql_lose_no_entry()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var setup = new PostgresSyncStore(connectionString);
        await setup.InitializeAsync(CancellationToken.None);

        // Eight writers, each with its own store (as eight worker processes would have), 25 entries each, all at once.
        const int writers = 8, each = 25;
        using var go = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var ledger = new SqlLedger(new PostgresSyncStore(connectionString));
            go.Wait();
            var ids = new List<long>();
            for (var i = 0; i < each; i++)
            {
                var entry = await ledger.AddAsync(
                    new LedgerEntry($"client-{w}", "call", 1, new DateOnly(2026, 12, 1).AddDays(i % 20), LedgerKind.Delivered, LedgerSource.Cli) { Note = $"{w}/{i}" },
                    CancellationToken.None);
                ids.Add(entry.Id);
            }

            return ids;
        })).ToList();
        go.Set();
        var ids = (await Task.WhenAll(tasks)).SelectMany(x => x).ToList();

        var all = await new SqlLedger(setup).ListAsync(null, CancellationToken.None);
        Assert.Equal(writers * each, all.Count);
        Assert.Equal(writers * each, ids.Distinct().Count());
        Assert.Equal(ids.Order(), all.Select(e => e.Id).Order());
        for (var w = 0; w < writers; w++)
        {
            var own = await new SqlLedger(setup).ListAsync($"client-{w}", CancellationToken.None);
            Assert.Equal(Enumerable.Range(0, each).Select(i => $"{w}/{i}").Order(), own.Select(e => e.Note!).Order());
        }
    }

    [Fact]
    public async Task Parallel_ledger_add_processes_on_postgresql_lose_no_entry()
    {
        using var harness = new Syncing.SyncHarness(Path.Combine(RepoPaths.Root, "tests", "MailScope.Worker.Tests", "Agreements", "agreements-book.yaml"), new Dictionary<string, string>());
        var store = harness.UsePostgreSql(await postgres.NewDatabaseAsync());
        await store.InitializeAsync(CancellationToken.None);

        // Four worker processes, each adding three entries one after another, all four at once.
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(p => Task.Run(async () =>
        {
            var exits = new List<WorkerProcess.Result>();
            for (var i = 0; i < 3; i++)
            {
                exits.Add(await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "ledger", "add", "alex-kim", "coaching-call", "--note", $"{p}/{i}"));
            }

            return exits;
        })));

        Assert.All(results.SelectMany(r => r), r => Assert.True(r.ExitCode == 0, r.Output));
        var entries = await new SqlLedger(store).ListAsync("alex-kim", CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 4).SelectMany(p => Enumerable.Range(0, 3).Select(i => $"{p}/{i}")).Order(), entries.Select(e => e.Note!).Order());
        Assert.Equal(12, entries.Select(e => e.Id).Distinct().Count());
    }

    private static async Task AssertRoundTripAsync(SqlLedger ledger)
    {
        var later = await ledger.AddAsync(
            new LedgerEntry("alex-kim", "extra-call", 2, new DateOnly(2026, 12, 3), LedgerKind.Purchased, LedgerSource.Mail)
            {
                Note = "quote accepted",
                Value = 150.5m,
                QuoteNumber = "CO-2026-0007",
                MessageKey = "<yes@example.com>",
            },
            CancellationToken.None);
        var earlier = await ledger.AddAsync(
            new LedgerEntry("alex-kim", "coaching-call", 1, new DateOnly(2026, 11, 20), LedgerKind.Goodwill, LedgerSource.AddIn), CancellationToken.None);
        var other = await ledger.AddAsync(
            new LedgerEntry("jo-park", "coaching-call", 1, new DateOnly(2026, 11, 21), LedgerKind.Delivered, LedgerSource.Cli), CancellationToken.None);

        Assert.True(later.Id > 0 && earlier.Id > later.Id && other.Id > earlier.Id);
        var alex = await ledger.ListAsync("alex-kim", CancellationToken.None);
        Assert.Equal([earlier, later], alex);
        Assert.Equal(3, (await ledger.ListAsync(null, CancellationToken.None)).Count);

        Assert.True(await ledger.RemoveAsync(earlier.Id, CancellationToken.None));
        Assert.False(await ledger.RemoveAsync(earlier.Id, CancellationToken.None));
        Assert.Equal([later], await ledger.ListAsync("alex-kim", CancellationToken.None));
    }
}
