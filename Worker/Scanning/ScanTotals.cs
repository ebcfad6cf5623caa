namespace MailScope.Worker.Scanning;

/// <summary>Running counts of a scan, for progress and the closing summary.</summary>
internal sealed class ScanTotals
{
    public int Messages { get; private set; }

    public int Flagged { get; private set; }

    public int Errors { get; private set; }

    public void Count(bool flagged, bool error)
    {
        Messages++;
        Flagged += flagged ? 1 : 0;
        Errors += error ? 1 : 0;
    }
}
