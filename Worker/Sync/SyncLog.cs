using Microsoft.Extensions.Logging;

namespace MailScope.Worker.Sync;

internal static partial class SyncLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "{Mailbox}: sync started ({Worker})")]
    public static partial void Started(ILogger logger, string mailbox, string worker);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "{Mailbox}: {Processed} messages so far ({Flagged} flagged, {Drafted} drafts)")]
    public static partial void Progress(ILogger logger, string mailbox, int processed, int flagged, int drafted);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "{Mailbox}: flagged \"{Subject}\" from {From}: {Verdict}")]
    public static partial void Flagged(ILogger logger, string mailbox, string subject, string? from, string verdict);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "{Mailbox}: drafted a reply ({Offer}) to \"{Subject}\" in {Reference}")]
    public static partial void Drafted(ILogger logger, string mailbox, string offer, string subject, string reference);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "{Mailbox}: a draft for {MessageKey} was already saved before the last sync stopped; not making another")]
    public static partial void DraftFound(ILogger logger, string mailbox, string messageKey);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "{Mailbox}: no draft for \"{Subject}\": {Reason}")]
    public static partial void NoDraft(ILogger logger, string mailbox, string subject, string reason);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "{Mailbox}: message {SourceId} {Reason}; recorded as an error and left as it is")]
    public static partial void Unreadable(ILogger logger, string mailbox, string sourceId, string reason);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "{Mailbox}: sync done: {Fetched} fetched, {Judged} judged, {Flagged} flagged, {Drafted} drafted, {Skipped} already handled, {RoundTrips} round trips")]
    public static partial void Finished(ILogger logger, string mailbox, int fetched, int judged, int flagged, int drafted, int skipped, int roundTrips);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Information, Message = "{Mailbox}: another worker is syncing it; skipped this time")]
    public static partial void Busy(ILogger logger, string mailbox);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "{Mailbox}: sync failed: {Reason}")]
    public static partial void Failed(ILogger logger, string mailbox, string reason);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "{Mailbox}: {Count} flagged message(s) unflagged by the user since the last sync; noted as dismissed")]
    public static partial void Dismissed(ILogger logger, string mailbox, int count);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "{Mailbox}: {Count} flagged message(s) still owe a draft from a sync that stopped; drafting them now")]
    public static partial void FinishingDrafts(ILogger logger, string mailbox, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Mailbox}: the end of this sync could not be recorded in the store ({Reason}); it stays open there")]
    public static partial void NotRecorded(ILogger logger, string mailbox, string reason);
}
