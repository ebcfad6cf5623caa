using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;

namespace MailScope.Core.Language;

/// <summary>"Again", "once more", "the same way you did": work done before, asked for once more (<c>repeat-cues.txt</c>).</summary>
internal static class RepeatCue
{
    private static readonly Regex Pattern = KnowledgeFile.Pattern("{repeat-cues}");

    public static bool IsIn(string text) => Pattern.IsMatch(Tokenizer.Fold(text));
}
