using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace MailScope.Infrastructure.Storage;

/// <summary>
/// The shared store for several workers. A mailbox lease is a session-level advisory lock held on its own
/// connection: PostgreSQL drops it when the worker's connection dies, so a dead worker's mailboxes are
/// picked up by the next worker that tries.
/// </summary>
public sealed class PostgresSyncStore(string connectionString, TimeProvider? time = null) : SqlSyncStore(SqlDialect.PostgreSql, time ?? TimeProvider.System)
{
    // Arbitrary, fixed: serialises schema creation between workers starting together.
    private const long SchemaLockKey = 0x4D61696C53636F70;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Location { get; } = Describe(new NpgsqlConnectionStringBuilder(connectionString));

    private static string Describe(NpgsqlConnectionStringBuilder where) => $"PostgreSQL database {where.Database} on {where.Host}:{where.Port}";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", [("key", SchemaLockKey)], cancellationToken).ConfigureAwait(false);
        await CreateTablesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<IAsyncDisposable?> TryLeaseMailboxAsync(string mailbox, CancellationToken cancellationToken)
    {
        var key = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("mailscope:mailbox:" + mailbox)), 0);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = Command(connection, null, "SELECT pg_try_advisory_lock(@key)", ("key", key));
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                return new Lease(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    private sealed class Lease(DbConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = Command(connection, null, "SELECT pg_advisory_unlock(@key)", ("key", key));
                await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // The connection is gone: the server has already released the lock with it.
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
