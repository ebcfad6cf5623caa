using Azure.Core;
using Azure.Identity;
using MailKit.Net.Imap;
using MailKit.Security;
using MailScope.Infrastructure.Configuration;

namespace MailScope.Worker.Mailboxes;

/// <summary>Connects and signs in an <see cref="ImapClient"/> as a mailbox's configuration says.</summary>
internal static class ImapConnector
{
    public static async Task ConnectAsync(ImapClient client, MailboxOptions mailbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(mailbox);
        var imap = mailbox.Imap;
        if (string.IsNullOrWhiteSpace(imap.Host))
        {
            throw new MailboxException(mailbox.Name, "Imap:Host is not set.");
        }

        client.Timeout = imap.TimeoutSeconds * 1000;
        var security = imap.Security switch
        {
            ImapSecurity.None => SecureSocketOptions.None,
            ImapSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.SslOnConnect,
        };
        var port = imap.Port ?? (imap.Security == ImapSecurity.SslOnConnect ? 993 : 143);
        await client.ConnectAsync(imap.Host, port, security, cancellationToken).ConfigureAwait(false);

        var user = imap.User ?? throw new MailboxException(mailbox.Name, "Imap:User is not set.");
        if (!string.IsNullOrEmpty(imap.AccessToken))
        {
            await client.AuthenticateAsync(new SaslMechanismOAuth2(user, imap.AccessToken), cancellationToken).ConfigureAwait(false);
        }
        else if (!string.IsNullOrEmpty(imap.ClientId) && !string.IsNullOrEmpty(imap.TenantId) && !string.IsNullOrEmpty(imap.ClientSecret))
        {
            // Microsoft 365 app-only access: the token is asked for the Exchange Online resource.
            var credential = new ClientSecretCredential(imap.TenantId, imap.ClientId, imap.ClientSecret);
            var token = await credential.GetTokenAsync(new TokenRequestContext(["https://outlook.office365.com/.default"]), cancellationToken).ConfigureAwait(false);
            await client.AuthenticateAsync(new SaslMechanismOAuth2(user, token.Token), cancellationToken).ConfigureAwait(false);
        }
        else if (imap.Password is not null)
        {
            await client.AuthenticateAsync(user, imap.Password, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            throw new MailboxException(mailbox.Name, "no credentials: set Imap:Password, Imap:AccessToken, or Imap:TenantId + ClientId + ClientSecret (from the environment).");
        }
    }

    public static async Task<MailKit.IMailFolder> WatchedFolderAsync(ImapClient client, MailboxOptions mailbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(mailbox);
        var name = mailbox.Folder ?? "INBOX";
        return name.Equals("INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(name, cancellationToken).ConfigureAwait(false);
    }
}
