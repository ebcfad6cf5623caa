using Hangfire;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MailScope.Worker.Mailboxes;
using MailScope.Infrastructure.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MailScope.Worker.Scheduling;

/// <summary>
/// Keeps one IDLE connection per IMAP mailbox and starts a sync within seconds of new mail. IDLE is
/// re-issued every 9 minutes (servers may drop it after 10 or more); without IDLE the watcher polls with
/// NOOP. It only wakes syncs: the sync job does the work, on its own connection.
/// </summary>
internal sealed partial class ImapIdleWatcher(MailScopeOptions options, IBackgroundJobClient jobs, ILogger<ImapIdleWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan IdleSpan = TimeSpan.FromMinutes(9);
    private static readonly TimeSpan PollSpan = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RetrySpan = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(options.Mailboxes.Where(m => m.Kind == MailboxKind.Imap).Select(m => WatchAsync(m, stoppingToken)));

    private async Task WatchAsync(MailboxOptions mailbox, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WatchOnceAsync(mailbox, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is IOException or ImapProtocolException or ImapCommandException or AuthenticationException or System.Net.Sockets.SocketException)
            {
                WatchFailed(logger, mailbox.Name, ex.Message, RetrySpan.TotalSeconds);
                await Task.Delay(RetrySpan, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WatchOnceAsync(MailboxOptions mailbox, CancellationToken stoppingToken)
    {
        using var client = new ImapClient();
        await ImapConnector.ConnectAsync(client, mailbox, stoppingToken).ConfigureAwait(false);
        var folder = await ImapConnector.WatchedFolderAsync(client, mailbox, stoppingToken).ConfigureAwait(false);
        await folder.OpenAsync(FolderAccess.ReadOnly, stoppingToken).ConfigureAwait(false);
        var arrived = 0;
        folder.CountChanged += (_, _) => Interlocked.Exchange(ref arrived, 1);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (client.Capabilities.HasFlag(ImapCapabilities.Idle))
            {
                using var done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                done.CancelAfter(IdleSpan);
                folder.CountChanged += StopIdle;
                try
                {
                    await client.IdleAsync(done.Token, stoppingToken).ConfigureAwait(false);
                }
                finally
                {
                    folder.CountChanged -= StopIdle;
                }

                void StopIdle(object? sender, EventArgs e) => done.Cancel();
            }
            else
            {
                await Task.Delay(PollSpan, stoppingToken).ConfigureAwait(false);
                await client.NoOpAsync(stoppingToken).ConfigureAwait(false);
            }

            if (Interlocked.Exchange(ref arrived, 0) == 1)
            {
                MailArrived(logger, mailbox.Name);
                var name = mailbox.Name;
                jobs.Enqueue<MailboxSyncJob>(j => j.RunAsync(name, CancellationToken.None));
            }
        }
    }

    [LoggerMessage(EventId = 1321, Level = LogLevel.Information, Message = "{Mailbox}: new mail; starting a sync")]
    private static partial void MailArrived(ILogger logger, string mailbox);

    [LoggerMessage(EventId = 1322, Level = LogLevel.Warning, Message = "{Mailbox}: watching for new mail failed ({Reason}); retrying in {Seconds} s")]
    private static partial void WatchFailed(ILogger logger, string mailbox, string reason, double seconds);
}
