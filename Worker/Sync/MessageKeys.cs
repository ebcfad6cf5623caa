using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace MailScope.Worker.Sync;

/// <summary>
/// The key a message is remembered by: its Message-ID, which stays the same when a folder is recreated
/// (new UIDVALIDITY) or a file renamed; a digest of its headers and text when it has none.
/// </summary>
internal static class MessageKeys
{
    public static string Of(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!string.IsNullOrWhiteSpace(message.MessageId))
        {
            return $"<{message.MessageId.Trim()}>";
        }

        var identity = string.Join("\n", message.Date.ToUnixTimeSeconds(), message.From.ToString(), message.To.ToString(), message.Subject, message.TextBody ?? message.HtmlBody);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
    }

    /// <summary>The key of a message that could not be read: where it was found.</summary>
    public static string OfUnreadable(string sourceId) => "source:" + sourceId;
}
