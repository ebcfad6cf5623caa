using Hangfire;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Scheduling;
using MailScope.Worker.Sync;

namespace MailScope.Worker.Scheduling;

/// <summary>
/// The Hangfire job: one sync of one mailbox, by name. Safe to run twice and after a crash (the syncer
/// records every step); a second run while one is going finds the mailbox leased and returns. Its type
/// name is the one Hangfire stored for jobs queued before <see cref="IMailboxSyncJob"/> existed: keep it.
/// </summary>
internal sealed class MailboxSyncJob(MailScopeOptions options, MailboxSyncer syncer) : IMailboxSyncJob
{
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [JobDisplayName("Sync mailbox {0}")]
    public async Task RunAsync(string mailbox, CancellationToken cancellationToken)
    {
        var configured = options.Mailboxes.FirstOrDefault(m => m.Name.Equals(mailbox, StringComparison.OrdinalIgnoreCase));
        if (configured is null)
        {
            // The mailbox was removed from the configuration since the job was queued: nothing to do.
            return;
        }

        await syncer.SyncAsync(configured, cancellationToken).ConfigureAwait(false);
    }
}
