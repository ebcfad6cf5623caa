using MimeKit;

namespace MailScope.Chaos.Campaign;

/// <summary>A kind of mailbox a campaign runs against (IMAP with or without CONDSTORE, Maildir, Graph).</summary>
public abstract class ChaosTarget : IAsyncDisposable
{
    public abstract string Name { get; }

    /// <summary>Creates a mailbox holding the messages; returns its name (the worker's mailbox name too).</summary>
    public abstract Task<string> CreateMailboxAsync(IReadOnlyList<MimeMessage> messages);

    /// <summary>The worker configuration of that mailbox as <c>MailScope:Mailboxes:index</c>.</summary>
    public abstract Dictionary<string, string> Environment(string mailbox, int index);

    public abstract Task<MailboxState> ObserveAsync(string mailbox);

    /// <summary>The message as the worker will read it from this source, for <c>scan</c> to judge the same thing.</summary>
    public virtual MimeMessage AsRead(MimeMessage message) => message;

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
