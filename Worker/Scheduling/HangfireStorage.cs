using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using MailScope.Worker.Configuration;

namespace MailScope.Worker.Scheduling;

/// <summary>
/// Hangfire's job storage beside MailScope's own state: a SQLite file next to the store's
/// (<c>mailscope-jobs.db</c>), or the same PostgreSQL database. The worker runs jobs there; the add-in
/// host's dashboard reads them.
/// </summary>
internal static class HangfireStorage
{
    public static IGlobalConfiguration UseMailScopeStorage(this IGlobalConfiguration configuration, MailScopeOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
        var connectionString = options.Storage.EffectiveConnectionString(options.DataFolder);
        return options.Storage.Provider == StorageProvider.PostgreSql
            ? configuration.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString))
            : configuration.UseSQLiteStorage(JobsDatabase(connectionString), new SQLiteStorageOptions());
    }

    private static string JobsDatabase(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + "-jobs.db");
    }
}
