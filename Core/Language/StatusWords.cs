using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;

namespace MailScope.Core.Language;

/// <summary>"How far along is it?", "when can we expect …": asking where included work stands (<c>status-questions.txt</c>).</summary>
internal static class StatusWords
{
    private static readonly Regex Pattern = KnowledgeFile.Pattern("{status-questions}");

    // "I'd like to know where we stand.", "Just want to know where thats at", "I want to ask how is it going with…", "it would
    // be nice to have an actual answer": curiosity said asks as a question mark does.
    private static readonly Regex Curious = new(@"\b(?:curious|(?:nice|good|great|helpful)\s+to\s+(?:have|get|know|hear)|wondering|wonder|keen\s+to\s+know|let\s+me\s+know|(?:i|we)(?:'d|\s+would)\s+like\s+to\s+know|(?:i|we)\s+(?:need|want)\s+to\s+know|^(?:just\s+)?(?:need|want|wanted)\s+to\s+know|(?:i|we)(?:\s+want|\s+wanted|'d\s+like|\s+would\s+like)\s+to\s+ask|(?:can|may|could)\s+i\s+ask)\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether folded text asks where work stands: a status line asks only as a question or with curiosity said
    /// ("so you know where things stand" tells).
    /// </summary>
    public static bool AreAsked(string folded) => Pattern.IsMatch(folded) && (folded.TrimEnd().EndsWith('?') || Curious.IsMatch(folded));

    /// <summary>
    /// As <see cref="AreAsked(string)"/>, or a status line whose curiosity follows in a short sentence of its own ("hows the
    /// listening thing coming along. not chasing just wondering roughly when.").
    /// </summary>
    public static bool AreAsked(string folded, string? nextFolded) =>
        AreAsked(folded) || (nextFolded is { Length: < 80 } && Curious.IsMatch(nextFolded) && Pattern.IsMatch(folded));
}
