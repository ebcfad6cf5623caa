using System.Security.Cryptography;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailScope.Infrastructure.MailReading;
using MailScope.Tooling.Servers;
using MimeKit;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// The worker's key of each message (Worker/Sync/MessageKeys.cs, restated) computed from the bytes Dovecot
/// serves, not from the files written into its Maildir: IMAP cannot carry a NUL byte in a literal, so
/// Dovecot serves each NUL as 0x80 (and bare LF as CRLF). A header with NULs then reads differently, and a
/// prediction from the files was off by one message at 2,000 (README, "The IMAP fuzz check").
/// </summary>
public static class ServedKeys
{
    /// <summary>Each UID's key, read with one plain FETCH BODY.PEEK[] of the whole folder.</summary>
    public static async Task<IReadOnlyDictionary<uint, string>> ReadAsync(DovecotServer server, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var client = await server.ConnectAsync(user);
        var inbox = (ImapFolder)client.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var keys = new Dictionary<uint, string>();
        if (inbox.Count > 0)
        {
            var uids = (await inbox.FetchAsync(0, -1, MessageSummaryItems.UniqueId, cancellationToken)).Select(s => s.UniqueId).ToList();
            await inbox.GetStreamsAsync(uids, async (_, _, uid, stream, ct) =>
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, ct);
                keys[uid.Id] = KeyOf(copy.ToArray()) ?? "source:" + uid.Id;
            }, cancellationToken);
        }

        await client.DisconnectAsync(true, cancellationToken);
        return keys;
    }

    /// <summary>The key the worker gives these bytes, parsed as it parses them; null when MimeKit cannot read them.</summary>
    public static string? KeyOf(byte[] bytes)
    {
        try
        {
            return KeyOf(MimeMessage.Load(MimeMessageReader.Options, new MemoryStream(bytes)));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string KeyOf(MimeMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.MessageId))
        {
            return $"<{message.MessageId.Trim()}>";
        }

        var identity = string.Join("\n", message.Date.ToUnixTimeSeconds(), message.From.ToString(), message.To.ToString(), message.Subject, message.TextBody ?? message.HtmlBody);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
    }
}
