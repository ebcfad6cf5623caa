using MailScope.Core.Sync;
using Microsoft.Extensions.Hosting;

namespace MailScope.Infrastructure.Storage;

/// <summary>Creates the store's tables before any job or request uses them.</summary>
public sealed class StoreInitializer(ISyncStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
