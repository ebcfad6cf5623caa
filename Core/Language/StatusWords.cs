using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;

namespace MailScope.Core.Language;

/// <summary>"How far along is it?", "when can we expect …": asking where included work stands (<c>status-questions.txt</c>).</summary>
internal static class StatusWords
{
    private static readonly Regex Pattern = KnowledgeFile.Pattern("{status-questions}");

    /// <summary>Whether folded text uses the words of a status question (a question mark is the caller's to require).</summary>
    public static bool AreIn(string folded) => Pattern.IsMatch(folded);
}
