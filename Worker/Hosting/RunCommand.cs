using System.CommandLine;
using Hangfire;
using MailScope.Infrastructure.Storage;
using MailScope.Infrastructure.Configuration;
using MailScope.Worker.Scheduling;
using MailScope.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MailScope.Worker.Hosting;

/// <summary><c>run</c> (docs/worker.md): the Hangfire server, syncing every mailbox on its schedule until stopped.</summary>
internal static partial class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the worker: sync every configured mailbox on its schedule until Ctrl+C (with none configured: the demo mailbox).");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => RunAsync(result.UnmatchedTokens, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> configArgs, CancellationToken cancellationToken)
    {
        using var host = HostStartup.TryBuild(configArgs, args =>
        {
            var builder = WorkerHost.CreateBuilder(args);
            builder.Services.AddHangfire((services, configuration) => configuration.UseMailScopeStorage(services.GetRequiredService<MailScopeOptions>()));
            builder.Services.AddHangfireServer((services, o) =>
            {
                o.WorkerCount = Math.Clamp(services.GetRequiredService<MailScopeOptions>().Mailboxes.Count + 1, 2, 20);
                o.ServerName = Sync.MailboxSyncer.WorkerName;
            });
            builder.Services.AddTransient<MailboxSyncJob>();
            builder.Services.AddTransient<IMailboxSyncJob, MailboxSyncJob>();
            builder.Services.AddTransient<GraphSubscriptionJob>();
            builder.Services.AddHostedService<SyncSchedule>();
            builder.Services.AddHostedService<ImapIdleWatcher>();
            return builder;
        }, out var exitCode);
        if (host is null)
        {
            return exitCode;
        }

        // The store's tables exist before Hangfire starts and the first job runs; a store that cannot be used is
        // one clear line and exit 1, as for sync --once, never a crash at start.
        var store = host.Services.GetRequiredService<SqlSyncStore>();
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: the store ({store.Location}) cannot be used: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MailScope.Worker");
        var demo = host.Services.GetRequiredService<DemoMode>();
        var mailboxes = host.Services.GetRequiredService<MailScopeOptions>().Mailboxes;
        var names = string.Join(", ", mailboxes.Select(m => $"{m.Name} ({m.Kind})"));
        Started(logger, mailboxes.Count, names, demo.Enabled ? " (demo: no mailbox configured, using ./data/demo-maildir)" : string.Empty);

        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "MailScope worker started with {Count} mailbox(es): {Mailboxes}{Demo}. Ctrl+C stops it.")]
    private static partial void Started(ILogger logger, int count, string mailboxes, string demo);
}
