using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>
/// A question that closes a quotation ("…saying "Would you like to update your channel list?""): words the client
/// quotes from a screen, a letter or another person, not an ask of their own.
/// </summary>
internal static partial class QuotedSpeech
{
    [GeneratedRegex(@"\?\s*[""\u201D]\s*[)\].,;:!]*\s*$")]
    private static partial Regex ClosesQuotedQuestion();

    public static bool IsIn(string sentence) => ClosesQuotedQuestion().IsMatch(sentence);
}
