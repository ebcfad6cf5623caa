using MailKit;
using MailKit.Net.Imap;
using MailScope.Tooling.Servers;
using MimeKit;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>What a folder holds as the server reports it: per Message-ID, its UID, flags and keywords.</summary>
internal sealed record ImapSnapshot(IReadOnlyDictionary<string, (uint Uid, MessageFlags Flags, string Keywords)> Messages)
{
    public static async Task<ImapSnapshot> TakeAsync(DovecotServer server, string user, string folder = "INBOX")
    {
        using var client = await server.ConnectAsync(user);
        var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        await target.OpenAsync(FolderAccess.ReadOnly);
        var summaries = target.Count == 0 ? [] : await target.FetchAsync(0, -1, MessageSummaryItems.UniqueId | MessageSummaryItems.Flags | MessageSummaryItems.Envelope);
        await client.DisconnectAsync(true);
        return new ImapSnapshot(summaries.ToDictionary(
            s => s.Envelope!.MessageId!,
            s => (s.UniqueId.Id, s.Flags!.Value & ~MessageFlags.Recent, string.Join(' ', s.Keywords.Order(StringComparer.Ordinal)))));
    }

    /// <summary>Every draft in the user's Drafts folder, with its flags.</summary>
    public static async Task<List<(MimeMessage Message, MessageFlags Flags)>> DraftsAsync(DovecotServer server, string user)
    {
        using var client = await server.ConnectAsync(user);
        var drafts = client.GetFolder(SpecialFolder.Drafts)!;
        await drafts.OpenAsync(FolderAccess.ReadOnly);
        var result = new List<(MimeMessage, MessageFlags)>();
        if (drafts.Count > 0)
        {
            foreach (var summary in await drafts.FetchAsync(0, -1, MessageSummaryItems.UniqueId | MessageSummaryItems.Flags))
            {
                result.Add((await drafts.GetMessageAsync(summary.UniqueId), summary.Flags!.Value));
            }
        }

        await client.DisconnectAsync(true);
        return result;
    }
}
