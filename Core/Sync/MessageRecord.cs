namespace MailScope.Core.Sync;

/// <summary>What a sync decided and did about one message.</summary>
/// <param name="MessageKey">The Message-ID, or a digest of the headers when it has none: survives UIDVALIDITY changes.</param>
/// <param name="SourceId">Where the message was found (IMAP UID, Maildir file, Graph id) when it was recorded.</param>
/// <param name="Verdict">The verdict's wire name, or "error" when the message could not be read.</param>
/// <param name="ClientId">The client the sender belongs to, if any.</param>
/// <param name="Flagged">Whether the flag (or category) was put on the message.</param>
/// <param name="Draft">Where the draft reply stands.</param>
/// <param name="DraftReference">Where the draft went (for example the Drafts UID), once made.</param>
/// <param name="JudgedAt">When the message was first judged.</param>
public sealed record MessageRecord(
    string MessageKey, string SourceId, string Verdict, string? ClientId, bool Flagged, DraftState Draft, string? DraftReference, DateTimeOffset JudgedAt)
{
    /// <summary>The subject, for the dashboard.</summary>
    public string? Subject { get; init; }

    /// <summary>The sender's address, for the dashboard.</summary>
    public string? Sender { get; init; }

    /// <summary>The asks and their verdicts as JSON (text, verdict, reason per ask), for the dashboard.</summary>
    public string? Evidence { get; init; }

    /// <summary>The drafted reply's text, for the dashboard.</summary>
    public string? ReplyPreview { get; init; }

    /// <summary>The message's own date (its Date header), which reports count by; null when unknown.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>
    /// Each ask of the message for insights (verdict, matched item, topic), written with the record; null
    /// leaves what the store has (a record read back and saved again).
    /// </summary>
    public IReadOnlyList<MailScope.Core.Insights.RecordedAsk>? Asks { get; init; }

    /// <summary>When the user took the flag off the message in their mail client, if they did.</summary>
    public DateTimeOffset? DismissedAt { get; init; }
}

/// <summary>A flagged message of some mailbox, for the dashboard.</summary>
public sealed record FlaggedMessage(string Mailbox, MessageRecord Record);

/// <summary>Where the draft reply of a flagged message is.</summary>
public enum DraftState
{
    /// <summary>No draft was made or wanted.</summary>
    None,

    /// <summary>A draft was being saved when the sync stopped: look for it before making another.</summary>
    Pending,

    /// <summary>The draft is in the Drafts folder.</summary>
    Done,

    /// <summary>No offer applies to the message, so no draft can be made; not retried.</summary>
    NotPossible,
}
