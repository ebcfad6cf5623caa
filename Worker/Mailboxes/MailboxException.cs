namespace MailScope.Worker.Mailboxes;

/// <summary>A mailbox cannot be synced because of how it is configured or what its server said.</summary>
internal sealed class MailboxException : Exception
{
    public MailboxException(string mailbox, string message) : base($"mailbox '{mailbox}': {message}") => Mailbox = mailbox;

    public MailboxException(string mailbox, string message, Exception inner) : base($"mailbox '{mailbox}': {message}", inner) => Mailbox = mailbox;

    public MailboxException()
    {
        Mailbox = string.Empty;
    }

    public MailboxException(string message) : base(message) => Mailbox = string.Empty;

    public MailboxException(string message, Exception inner) : base(message, inner) => Mailbox = string.Empty;

    public string Mailbox { get; }
}
