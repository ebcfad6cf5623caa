namespace MailScope.Core.Sync;

/// <summary>What one sync of a mailbox did.</summary>
public sealed record SyncCounts(int Fetched, int Judged, int Flagged, int Drafted, int Skipped)
{
    public static readonly SyncCounts None = new(0, 0, 0, 0, 0);

    public SyncCounts Add(SyncCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Fetched + other.Fetched, Judged + other.Judged, Flagged + other.Flagged, Drafted + other.Drafted, Skipped + other.Skipped);
    }
}

/// <summary>One sync noted by the store.</summary>
public sealed record SyncRun(long Id, string Mailbox, string Worker, DateTimeOffset Started, DateTimeOffset? Finished, SyncCounts Counts, string? Error);
