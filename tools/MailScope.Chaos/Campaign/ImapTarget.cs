using System.Globalization;
using MailKit;
using MailScope.Tooling.Servers;
using MimeKit;

namespace MailScope.Chaos.Campaign;

/// <summary>Dovecot, straight (CONDSTORE, QRESYNC) or through a relay that hides both from the worker.</summary>
public sealed class ImapTarget(DovecotServer server, bool condStore) : ChaosTarget
{
    private readonly CapabilityFilterRelay? _relay = condStore ? null : new CapabilityFilterRelay(server.Port);

    public override string Name => condStore ? "imap" : "imap-nocondstore";

    public DovecotServer Server => server;

    public override async Task<string> CreateMailboxAsync(IReadOnlyList<MimeMessage> messages)
    {
        var user = server.NewUser();
        await server.AppendAsync(user, messages);
        return user;
    }

    public override Dictionary<string, string> Environment(string mailbox, int index)
    {
        var environment = server.MailboxEnvironment(mailbox, index);
        if (_relay is not null)
        {
            environment[$"MailScope__Mailboxes__{index}__Imap__Port"] = _relay.Port.ToString(CultureInfo.InvariantCulture);
        }

        return environment;
    }

    public override async Task<MailboxState> ObserveAsync(string mailbox)
    {
        using var client = await server.ConnectAsync(mailbox);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var summaries = client.Inbox.Count == 0 ? [] : await client.Inbox.FetchAsync(0, -1, MessageSummaryItems.Flags | MessageSummaryItems.Envelope);
        var messages = summaries.Select(s => (s.Envelope?.MessageId ?? string.Empty).Trim('<', '>')).ToHashSet(StringComparer.Ordinal);
        var flagged = summaries.Where(s => s.Flags!.Value.HasFlag(MessageFlags.Flagged)).Select(s => (s.Envelope?.MessageId ?? string.Empty).Trim('<', '>')).ToHashSet(StringComparer.Ordinal);
        var drafts = client.GetFolder(SpecialFolder.Drafts)!;
        await drafts.OpenAsync(FolderAccess.ReadOnly);
        var seen = new List<DraftSeen>();
        for (var i = 0; i < drafts.Count; i++)
        {
            seen.Add(DraftSeen.Of(await drafts.GetMessageAsync(i)));
        }

        await client.DisconnectAsync(true);
        return new MailboxState(messages, flagged, seen);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_relay is not null)
        {
            await _relay.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
