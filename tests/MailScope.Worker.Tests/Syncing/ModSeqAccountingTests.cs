using MailKit;
using MailScope.Worker.Mailboxes;
using MailScope.Worker.Tests.Servers;
using MimeKit;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>
/// The shortcut an incremental IMAP sync takes when only new mail changed the folder rests on each change getting a
/// mod-sequence of its own (RFC 7162); checked here against what a real Dovecot hands out.
/// </summary>
[Collection(DovecotServers.Name)]
public sealed class ModSeqAccountingTests(DovecotFixture server)
{
    [Fact]
    public async Task New_mail_alone_accounts_for_every_mod_sequence_and_a_flag_changed_beside_it_does_not()
    {
        var user = server.NewUser();
        await server.AppendAsync(user, Enumerable.Range(0, 5).Select(i => Message($"old{i}")));
        using var client = await server.ConnectAsync(user);
        var inbox = client.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadWrite);
        var earlier = inbox.HighestModSeq;
        var last = (await inbox.SearchAsync(MailKit.Search.SearchQuery.All)).Max(u => u.Id);
        await inbox.CloseAsync();

        await server.AppendAsync(user, [Message("new0")]);
        await server.AppendAsync(user, [Message("new1")]);
        await inbox.OpenAsync(FolderAccess.ReadWrite);
        var arrived = await ArrivedAsync(inbox, last);
        Assert.Equal(2, arrived.Count);
        Assert.True(ImapMailboxSession.ModSeqsAccountedFor(arrived, earlier, inbox.HighestModSeq));

        // The user flags an old message and one more arrives: the new mail no longer covers every change.
        var settled = inbox.HighestModSeq;
        var settledLast = arrived.Max(s => s.UniqueId.Id);
        await inbox.AddFlagsAsync(new UniqueId(inbox.UidValidity, 1), MessageFlags.Flagged, silent: true);
        await inbox.CloseAsync();
        await server.AppendAsync(user, [Message("new2")]);
        await inbox.OpenAsync(FolderAccess.ReadWrite);
        var later = await ArrivedAsync(inbox, settledLast);
        Assert.Single(later);
        Assert.False(ImapMailboxSession.ModSeqsAccountedFor(later, settled, inbox.HighestModSeq));

        // Nothing changed at all is never "accounted for": the caller stops after SELECT instead.
        Assert.False(ImapMailboxSession.ModSeqsAccountedFor([], inbox.HighestModSeq, inbox.HighestModSeq));
    }

    private static async Task<List<IMessageSummary>> ArrivedAsync(IMailFolder inbox, uint last) =>
        [.. (await inbox.FetchAsync(new UniqueIdRange(new UniqueId(inbox.UidValidity, last + 1), UniqueId.MaxValue), MessageSummaryItems.UniqueId | MessageSummaryItems.ModSeq))
            .Where(s => s.UniqueId.Id > last)];

    private static MimeMessage Message(string id) => new(
        [new MailboxAddress("Client", "client@example.com")],
        [new MailboxAddress("Me", "me@example.com")],
        "Hello",
        new TextPart("plain") { Text = "Thanks for last week." })
    { MessageId = id + "@modseq.example" };
}
