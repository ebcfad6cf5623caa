namespace MailScope.Infrastructure.Configuration;

public enum MailboxKind
{
    Imap,
    Graph,
    Maildir,
}

/// <summary>One <c>MailScope:Mailboxes:N</c> entry.</summary>
public sealed class MailboxOptions
{
    public string Name { get; set; } = string.Empty;

    public MailboxKind Kind { get; set; } = MailboxKind.Imap;

    /// <summary>The folder to watch; default INBOX (Graph: inbox).</summary>
    public string? Folder { get; set; }

    public bool CreateDrafts { get; set; } = true;

    /// <summary>Minutes between scheduled syncs (IDLE starts one sooner when mail arrives).</summary>
    public int SyncMinutes { get; set; } = 2;

    /// <summary>Messages fetched and judged per batch; the checkpoint moves after each batch.</summary>
    public int BatchSize { get; set; } = 200;

    public ImapOptions Imap { get; set; } = new();

    public GraphOptions Graph { get; set; } = new();

    public MaildirOptions Maildir { get; set; } = new();
}

public enum ImapSecurity
{
    SslOnConnect,
    StartTls,
    None,
}

public sealed class ImapOptions
{
    public string? Host { get; set; }

    public int? Port { get; set; }

    public ImapSecurity Security { get; set; } = ImapSecurity.SslOnConnect;

    public string? User { get; set; }

    /// <summary>From the environment or user secrets only.</summary>
    public string? Password { get; set; }

    /// <summary>A fixed OAuth 2.0 access token for XOAUTH2 (Gmail, or a token you obtained).</summary>
    public string? AccessToken { get; set; }

    /// <summary>Microsoft 365 app-only XOAUTH2 through Azure.Identity: the tenant.</summary>
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    /// <summary>From the environment or user secrets only.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Seconds to wait for the server before giving up on a command.</summary>
    public int TimeoutSeconds { get; set; } = 60;
}

public sealed class GraphOptions
{
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>App-only with a certificate instead of a secret: a PFX file (password in <see cref="CertificatePassword"/>, from the environment).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Sign in as the user with the device code flow (one person's own mailbox, delegated permissions).</summary>
    public bool DeviceCode { get; set; }

    public string? UserId { get; set; }

    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    public string? AccessToken { get; set; }

    /// <summary>
    /// The secret a change-notification subscription for this mailbox carries (<c>clientState</c>); the
    /// add-in host's webhook ignores notifications that do not carry it. From the environment only.
    /// </summary>
    public string? ClientState { get; set; }

    /// <summary>The add-in host's public webhook (https://HOST/webhooks/graph); with it, <c>run</c> keeps a subscription alive.</summary>
    public string? NotificationUrl { get; set; }

    /// <summary>Attachments from this size go through an upload session (Graph takes at most 3 MB in one POST).</summary>
    public int UploadSessionBytes { get; set; } = 3 * 1024 * 1024;
}

public sealed class MaildirOptions
{
    public string? Path { get; set; }
}
