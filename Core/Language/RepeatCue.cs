namespace MailScope.Core.Language;

/// <summary>"Again", "once more", "the same way you did": work done before, asked for once more (<c>repeat-cues.txt</c>).</summary>
internal static class RepeatCue
{
    private static readonly CuePattern Cues = new("repeat-cues");

    public static bool IsIn(string text) => Cues.IsIn(text);
}
