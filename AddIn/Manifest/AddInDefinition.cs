namespace MailScope.AddIn.Manifest;

/// <summary>
/// What both manifests say about the add-in — names, texts, commands, pages, icons, permission — so the XML
/// and the unified (JSON) manifest cannot drift apart. Every URL is a path under the host's base URL.
/// </summary>
internal static class AddInDefinition
{
    /// <summary>MailScope's add-in id; stable so that updates replace the installed add-in.</summary>
    public static readonly Guid Id = new("6f1d0c8a-3b5e-4f3c-9a57-4d2b8e1c7a90");

    public const string Provider = "MailScope";
    public const string DisplayName = "MailScope";
    public const string Description = "Spots scope creep in client mail and answers it kindly, with a paid path and a quote.";
    public const string ShortDescription = "Spots scope creep in client mail and answers it kindly.";

    public const string TaskPanePage = "taskpane.html";
    public const string CommandsPage = "commands.html";
    public const string SupportPage = "support.html";
    public const string IconPage = "icons/icon-64.png";
    public const string HighResolutionIconPage = "icons/icon-128.png";

    /// <summary>Ribbon button icons: size and path.</summary>
    public static readonly (int Size, string Path)[] ButtonIcons = [(16, "icons/icon-16.png"), (32, "icons/icon-32.png"), (80, "icons/icon-80.png")];

    public const string GroupId = "MailScopeReadGroup";
    public const string GroupLabel = "MailScope";

    public const string CheckButtonId = "MailScopeScopeCheck";
    public const string CheckLabel = "Scope check";
    public const string CheckTip = "Shows whether this message asks for work outside what the client bought, and the paid paths you can offer.";

    public const string ReplyButtonId = "MailScopeOutOfScopeReply";
    public const string ReplyLabel = "Out of scope reply";
    public const string ReplyTip = "Opens a kind reply that offers the best paid path, with the quote attached.";

    /// <summary>The function commands.js associates for the ribbon's reply button.</summary>
    public const string FunctionName = "draftOutOfScopeReply";

    /// <summary>The oldest Mailbox requirement set the add-in runs on; its commands need 1.3, pinning 1.5.</summary>
    public const string BaseMailbox = "1.1";
    public const string CommandsMailbox = "1.3";
    public const string PinningMailbox = "1.5";

    /// <summary>Reads and writes the open item (categories); the XML name and the unified manifest's.</summary>
    public const string XmlPermission = "ReadWriteItem";
    public const string UnifiedPermission = "MailboxItem.ReadWrite.User";

    public static string Root(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (baseUrl.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("Outlook loads add-ins only over HTTPS: the base URL must start with https://.", nameof(baseUrl));
        }

        return baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
