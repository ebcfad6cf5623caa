using System.Globalization;
using Hangfire;
using MailScope.Infrastructure.Configuration;
using Microsoft.Extensions.Hosting;

namespace MailScope.Worker.Scheduling;

/// <summary>
/// Registers one recurring sync job per mailbox (every <see cref="MailboxOptions.SyncMinutes"/>) and starts
/// one of each at once, so a worker starting up catches up without waiting for the schedule.
/// </summary>
internal sealed class SyncSchedule(MailScopeOptions options, IRecurringJobManager recurring) : IHostedService
{
    public static string JobId(string mailbox) => "sync:" + mailbox.ToLowerInvariant();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var mailbox in options.Mailboxes)
        {
            var cron = mailbox.SyncMinutes >= 60 ? Cron.Hourly() : string.Create(CultureInfo.InvariantCulture, $"*/{mailbox.SyncMinutes} * * * *");
            var name = mailbox.Name;
            recurring.AddOrUpdate<MailboxSyncJob>(JobId(name), j => j.RunAsync(name, CancellationToken.None), cron);
            recurring.Trigger(JobId(name));
            if (mailbox.Kind == MailboxKind.Graph && !string.IsNullOrEmpty(mailbox.Graph.NotificationUrl))
            {
                // Renewed every 6 hours: far inside the subscription's week, so one failed run loses nothing.
                var subscription = "subscribe:" + name.ToLowerInvariant();
                recurring.AddOrUpdate<GraphSubscriptionJob>(subscription, j => j.RenewAsync(name, CancellationToken.None), "0 */6 * * *");
                recurring.Trigger(subscription);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
