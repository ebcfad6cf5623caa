using MailScope.Core.Sync;
using MailScope.Infrastructure.Storage;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>A worker's configuration for one test: scope book, a data folder of its own, fixed date.</summary>
internal sealed class SyncHarness : IDisposable
{
    private readonly TempFolder _folder = new();

    public SyncHarness(string scopeBook, IReadOnlyDictionary<string, string> mailboxes, bool drafts = true, int batchSize = 200)
    {
        Environment = new Dictionary<string, string>(mailboxes)
        {
            ["MailScope__ScopeBook"] = scopeBook,
            ["MailScope__Today"] = "2026-11-27",
            ["MailScope__DataFolder"] = DataFolder,
        };
        foreach (var key in mailboxes.Keys.Where(k => k.EndsWith("__Name", StringComparison.Ordinal)).ToList())
        {
            var prefix = key[..^"Name".Length];
            Environment[prefix + "CreateDrafts"] = drafts ? "true" : "false";
            Environment[prefix + "BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public Dictionary<string, string> Environment { get; }

    public string DataFolder => Path.Combine(_folder.Path, "data");

    public string WorkingDirectory => _folder.Path;

    public Task<WorkerProcess.Result> SyncAsync(params string[] extra) =>
        WorkerProcess.RunAsync(Environment, WorkingDirectory, ["sync", "--once", .. extra]);

    public System.Diagnostics.Process StartSync() => WorkerProcess.Start(Environment, WorkingDirectory, "sync", "--once");

    /// <summary>Points the worker at a PostgreSQL database instead of its SQLite file; returns that store to read back.</summary>
    public PostgresSyncStore UsePostgreSql(string connectionString)
    {
        Environment["MailScope__Storage__Provider"] = "PostgreSql";
        Environment["MailScope__Storage__ConnectionString"] = connectionString;
        return new PostgresSyncStore(connectionString);
    }

    public SqlSyncStore Store() => new SqliteSyncStore($"Data Source={Path.Combine(DataFolder, "mailscope.db")}");

    public async Task<SyncRun> LastRunAsync(string mailbox) =>
        (await Store().ListRunsAsync(CancellationToken.None)).Last(r => r.Mailbox == mailbox);

    public void Dispose() => _folder.Dispose();
}
