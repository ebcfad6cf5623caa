namespace MailScope.Infrastructure.Scheduling;

/// <summary>
/// The job contract "sync this mailbox now" that any host may enqueue (the add-in's Graph webhook) and
/// only a worker runs. Hangfire stores this interface's name with the job; the worker registers its
/// implementation, so a host that queues a sync needs no reference to the worker.
/// </summary>
public interface IMailboxSyncJob
{
    /// <summary>Syncs the named mailbox once; a mailbox no longer configured is skipped.</summary>
    Task RunAsync(string mailbox, CancellationToken cancellationToken);
}
