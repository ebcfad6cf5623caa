using MailScope.Core.Sync;
using MailScope.Infrastructure.Configuration;
using Microsoft.Extensions.Logging;

namespace MailScope.Worker.Mailboxes;

/// <summary>Opens the right kind of session for a configured mailbox.</summary>
internal sealed class MailboxSessionFactory(ISyncStore store, ILoggerFactory loggers)
{
    public IMailboxSession Create(MailboxOptions mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return mailbox.Kind switch
        {
            MailboxKind.Imap => new ImapMailboxSession(mailbox, loggers.CreateLogger<ImapMailboxSession>()),
            MailboxKind.Maildir => new MaildirMailboxSession(
                mailbox.Name,
                mailbox.Maildir.Path ?? throw new MailboxException(mailbox.Name, "Maildir:Path is not set."),
                async ct => (await store.ListRecordsAsync(mailbox.Name, ct).ConfigureAwait(false)).Select(r => r.SourceId).ToHashSet(StringComparer.Ordinal)),
            MailboxKind.Graph => new GraphMailboxSession(mailbox, loggers.CreateLogger<GraphMailboxSession>()),
            _ => throw new MailboxException(mailbox.Name, $"mailboxes of kind {mailbox.Kind} are not supported by this version."),
        };
    }
}
