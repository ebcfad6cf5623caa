using Hangfire;
using MailScope.Worker.Configuration;
using MailScope.Worker.Sync;

namespace MailScope.Worker.Scheduling;

/// <summary>
/// The Hangfire job: one sync of one mailbox, by name. Safe to run twice and after a crash (the syncer
/// records every step); a second run while one is going finds the mailbox leased and returns.
/// </summary>
internal sealed class MailboxSyncJob(MailScopeOptions options, MailboxSyncer syncer)
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
