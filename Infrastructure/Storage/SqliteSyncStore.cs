using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MailScope.Infrastructure.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A mailbox lease is an exclusive lock on a file beside
/// the database, which the operating system releases when the process dies.
/// </summary>
public sealed class SqliteSyncStore : SqlSyncStore
{
    private readonly string _connectionString;
    private readonly string _lockFolder;
    private bool _folderReady;

    public SqliteSyncStore(string connectionString, TimeProvider? time = null) : base(SqlDialect.Sqlite, time ?? TimeProvider.System)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = true };
        var file = Path.GetFullPath(builder.DataSource);
        builder.DataSource = file;
        _connectionString = builder.ToString();
        DatabasePath = file;
        _lockFolder = Path.Combine(Path.GetDirectoryName(file)!, "locks");
    }

    public string DatabasePath { get; }

    public override string Location => $"SQLite database {DatabasePath}";

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", [], cancellationToken).ConfigureAwait(false);
        }

        await base.InitializeAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task AddColumnAsync(DbConnection connection, DbTransaction? transaction, string table, string column, string type, CancellationToken cancellationToken)
    {
        try
        {
            // SQLite has no ADD COLUMN IF NOT EXISTS.
            await ExecuteAsync(connection, transaction, $"ALTER TABLE {table} ADD COLUMN {column} {type}", [], cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.Message.Contains("duplicate column", StringComparison.OrdinalIgnoreCase))
        {
            // Another process added it first.
        }
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // The folder is made on first use, never while the store is built (a host registers it at start).
        if (!_folderReady)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            _folderReady = true;
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Another process may be writing: wait for it rather than fail with SQLITE_BUSY.
        await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;", [], cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public override Task<IAsyncDisposable?> TryLeaseMailboxAsync(string mailbox, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_lockFolder);
        var path = Path.Combine(_lockFolder, LeaseFileName(mailbox));
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            return Task.FromResult<IAsyncDisposable?>(stream);
        }
        catch (IOException)
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }

    private static string LeaseFileName(string mailbox)
    {
        var safe = new string(mailbox.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(mailbox)))[..8];
        return $"{safe}-{hash}.lock";
    }
}
