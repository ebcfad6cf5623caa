using System.Data.Common;
using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Storage;
using MailScope.Infrastructure.Time;
using MailScope.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MailScope.Worker.Agreements;

/// <summary>
/// What the agreement and ledger commands share with <c>run</c>: the configuration, the scope book and the
/// store, opened and checked (book or configuration errors exit 2, a store that cannot be used exits 1).
/// </summary>
internal sealed class StoreSession : IDisposable
{
    private readonly IHost _host;

    private StoreSession(IHost host) => _host = host;

    public ScopeBook Book => _host.Services.GetRequiredService<ScopeJudge>().Book;

    public ILedger Ledger => _host.Services.GetRequiredService<ILedger>();

    public AgreementSnapshots Agreements => _host.Services.GetRequiredService<AgreementSnapshots>();

    public DateOnly Today => _host.Services.GetRequiredService<TimeProvider>().Today();

    /// <summary>Where the store is, for errors.</summary>
    public string Location => _host.Services.GetRequiredService<SqlSyncStore>().Location;

    /// <summary>Opens the session, or writes the error and returns null with the exit code.</summary>
    public static async Task<(StoreSession? Session, int ExitCode)> OpenAsync(IReadOnlyList<string> configArgs, CancellationToken cancellationToken)
    {
        var host = HostStartup.TryBuild(configArgs, WorkerHost.CreateBuilder, out var exitCode);
        if (host is null)
        {
            return (null, exitCode);
        }

        var session = new StoreSession(host);
        try
        {
            await host.Services.GetRequiredService<ISyncStore>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            return (session, 0);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: the store ({session.Location}) cannot be used: {ex.Message}").ConfigureAwait(false);
            session.Dispose();
            return (null, 1);
        }
    }

    /// <summary>The client with this id, or null after writing an error naming it and the known ids.</summary>
    public Client? FindClient(string id)
    {
        var client = Book.Clients.FirstOrDefault(c => c.Id == id);
        if (client is null)
        {
            Console.Error.WriteLine($"error: unknown client '{id}' (known: {string.Join(", ", Book.Clients.Select(c => c.Id))})");
        }

        return client;
    }

    public void Dispose() => _host.Dispose();
}
