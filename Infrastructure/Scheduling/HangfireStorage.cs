using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using MailScope.Infrastructure.Configuration;
using Npgsql;

namespace MailScope.Infrastructure.Scheduling;

/// <summary>
/// Hangfire's job storage beside MailScope's own state: a SQLite file next to the store's
/// (<c>mailscope-jobs.db</c>), or the same PostgreSQL database. The worker runs jobs there; the add-in
/// host's dashboard reads them.
/// </summary>
public static class HangfireStorage
{
    public static IGlobalConfiguration UseMailScopeStorage(this IGlobalConfiguration configuration, MailScopeOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
        var connectionString = options.Storage.EffectiveConnectionString(options.DataFolder);
        if (options.Storage.Provider != StorageProvider.PostgreSql)
        {
            return configuration.UseSQLiteStorage(JobsDatabase(connectionString), new SQLiteStorageOptions());
        }

        InstallPostgreSqlSchema(connectionString);
        return configuration.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = false });
    }

    // Arbitrary, fixed, apart from the store's own: serialises Hangfire's schema install between processes.
    private const long HangfireSchemaLockKey = 0x4D61696C48616E67;

    /// <summary>
    /// Hangfire.PostgreSql's own install races when two workers start at the same moment (a duplicate key in
    /// <c>pg_class</c> in one of them); under a session advisory lock the second finds the schema in place.
    /// </summary>
    private static void InstallPostgreSqlSchema(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", HangfireSchemaLockKey);
            take.ExecuteNonQuery();
        }

        try
        {
            PostgreSqlObjectsInstaller.Install(connection);
        }
        finally
        {
            using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", HangfireSchemaLockKey);
            release.ExecuteNonQuery();
        }
    }

    private static string JobsDatabase(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + "-jobs.db");
    }
}
