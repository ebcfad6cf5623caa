namespace MailScope.Core.Language;

/// <summary>
/// "From before you started with us", "as well while you're doing this year's": an included deliverable asked for another
/// period than the agreed one (<c>earlier-periods.txt</c>).
/// </summary>
internal static class OtherPeriod
{
    private static readonly CuePattern Cues = new("earlier-periods");

    public static bool IsIn(string text) => Cues.IsIn(text);
}
