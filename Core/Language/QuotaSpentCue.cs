using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;

namespace MailScope.Core.Language;

/// <summary>"I know we've had our four calls, but…": the client says an allowance is used up (<c>quota-spent-cues.txt</c>).</summary>
internal static class QuotaSpentCue
{
    private static readonly Regex Pattern = KnowledgeFile.Pattern("{quota-spent-cues}");

    public static bool IsIn(string text) => Pattern.IsMatch(Tokenizer.Fold(text));
}
