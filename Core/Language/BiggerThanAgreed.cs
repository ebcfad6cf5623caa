namespace MailScope.Core.Language;

/// <summary>
/// "Twice the scale", "a full hour instead of the 45 minutes": an included deliverable asked bigger or longer than agreed
/// (<c>bigger-than-agreed.txt</c>).
/// </summary>
internal static class BiggerThanAgreed
{
    private static readonly CuePattern Cues = new("bigger-than-agreed");

    public static bool IsIn(string text) => Cues.IsIn(text);
}
