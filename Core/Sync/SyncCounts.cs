namespace MailScope.Core.Sync;

/// <summary>What one sync of a mailbox did.</summary>
/// <param name="Fetched">Messages whose content was fetched.</param>
/// <param name="Judged">Messages judged for the first time.</param>
/// <param name="Flagged">Messages flagged by this sync.</param>
/// <param name="Drafted">Draft replies saved by this sync.</param>
/// <param name="Skipped">Messages fetched again but already handled (after a crash or a UIDVALIDITY change).</param>
/// <param name="RoundTrips">Commands sent to the server and answered.</param>
public sealed record SyncCounts(int Fetched, int Judged, int Flagged, int Drafted, int Skipped, int RoundTrips = 0)
{
    public static readonly SyncCounts None = new(0, 0, 0, 0, 0);

    public SyncCounts Add(SyncCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Fetched + other.Fetched, Judged + other.Judged, Flagged + other.Flagged, Drafted + other.Drafted, Skipped + other.Skipped, RoundTrips + other.RoundTrips);
    }
}

/// <summary>One sync noted by the store.</summary>
public sealed record SyncRun(long Id, string Mailbox, string Worker, DateTimeOffset Started, DateTimeOffset? Finished, SyncCounts Counts, string? Error);
