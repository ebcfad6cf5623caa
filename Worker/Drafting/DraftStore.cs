using MailScope.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;

namespace MailScope.Worker.Drafting;

/// <summary>
/// The store <c>draft</c> numbers and keeps its quotes in: the workers' PostgreSQL store when
/// <c>MailScope__Storage__Provider</c> is PostgreSql (one counter for every process, so no number is
/// issued twice), else the SQLite store in the <c>--state</c> folder (by default <c>data</c>, the worker's own).
/// </summary>
internal static class DraftStore
{
    public static SqlSyncStore Open(string stateFolder)
    {
        var storage = new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection("MailScope:Storage");
        if (string.Equals(storage["Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase) && storage["ConnectionString"] is { Length: > 0 } connection)
        {
            return new PostgresSyncStore(connection);
        }

        return new SqliteSyncStore($"Data Source={Path.Combine(stateFolder, "mailscope.db")}");
    }
}
