using Microsoft.Extensions.Logging;

namespace MailScope.Worker.Mailboxes;

internal static partial class ImapLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "{Mailbox}: the server does not accept the keyword {Keyword} (PERMANENTFLAGS); flagging with the Flagged flag alone")]
    public static partial void KeywordsRefused(ILogger logger, string mailbox, string keyword);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "{Mailbox}: UIDVALIDITY changed from {Old} to {New}; rereading the folder, messages already handled are matched by Message-ID")]
    public static partial void UidValidityChanged(ILogger logger, string mailbox, uint old, uint @new);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "{Mailbox}: no Drafts folder found; creating one")]
    public static partial void CreatingDrafts(ILogger logger, string mailbox);
}
