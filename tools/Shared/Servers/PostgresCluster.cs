using System.Globalization;

namespace MailScope.Tooling.Servers;

/// <summary>
/// A real PostgreSQL (Debian postgresql) in a fresh data folder on a free loopback port, owned by its
/// creator: initdb and pg_ctl run as the postgres user (initdb refuses root), fsync off for speed. It can be
/// restarted on the same port and data, as an operator or a crash would, to test what the worker makes of it.
/// </summary>
public class PostgresCluster
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mailscope-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private string _bin = string.Empty;

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault() ?? string.Empty
            : string.Empty;
        if (_bin.Length == 0)
        {
            throw new InvalidOperationException("PostgreSQL is not installed: run the tests with `bash scripts/test.sh`, which installs postgresql.");
        }

        Directory.CreateDirectory(_root);
        await DovecotServer.RunToolAsync("chown", "postgres:postgres", _root);
        Port = LoopbackPort.Free();
        await AsPostgresAsync("initdb", "-D", Path.Combine(_root, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        await StartAsync();
    }

    /// <summary>Starts the server (again) on the same port and data.</summary>
    public Task StartAsync() =>
        AsPostgresAsync("pg_ctl", "-D", Path.Combine(_root, "data"), "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");

    /// <summary>Stops the server at once (<c>-m immediate</c>: connections cut, as in a crash); the data stays.</summary>
    public Task StopAsync() => AsPostgresAsync("pg_ctl", "-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop");

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Pooling=true";

    /// <summary>A new, empty database.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Not running: nothing to stop.
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Task AsPostgresAsync(string tool, params string[] args) =>
        DovecotServer.RunToolAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args]);
}
