namespace MailScope.Core.Language;

/// <summary>
/// "Sooner than agreed", "in three days instead of the usual week": an included deliverable asked for on a faster
/// turnaround (<c>sooner-than-agreed.txt</c>).
/// </summary>
internal static class SoonerThanAgreed
{
    private static readonly CuePattern Cues = new("sooner-than-agreed");

    public static bool IsIn(string text) => Cues.IsIn(text);
}
