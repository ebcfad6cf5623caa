using System.Text.RegularExpressions;

namespace MailScope.Evaluation;

/// <summary>
/// What a mail filter would do: flag when the body contains a creep phrase, and call a sentence a request
/// when it has a question mark or a request phrase. The yardstick MailScope has to beat.
/// </summary>
public static partial class KeywordBaseline
{
    public static bool Flags(string body) => CreepPhrase().IsMatch(body);

    public static bool IsRequest(string sentence) => RequestPhrase().IsMatch(sentence);

    [GeneratedRegex(@"\b(could you (also|just)|can you (also|just)|one more|another|extra|additional|as well|on top of|while you're at it|quick favou?r|would it be possible|is it possible|would you mind|any chance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreepPhrase();

    [GeneratedRegex(@"\?|\b(please|could you|can you|would you|will you|let me know|let's|i need|we need|i would like|i'd like)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequestPhrase();
}
