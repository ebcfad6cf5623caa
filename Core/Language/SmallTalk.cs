using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>
/// Questions of courtesy, which ask nothing of the provider's work: "How are you?", "How was your weekend?", "Did you
/// have a good Christmas?", "How are things?", the musing "Is it just me?", and the wish "Look after yourself and your lovely
/// dog". docs/asks.md counts questions as asks, but not these.
/// </summary>
internal static partial class SmallTalk
{
    public static bool IsIn(string sentence) => Pattern().IsMatch(Tokenizer.Fold(sentence).Trim());

    [GeneratedRegex(@"^(?:or\s+)?is\s+it\s+just\s+me\b[^?]*\?*$|^(?:and\s+)?(?:do\s+)?(?:look\s+after|take\s+(?:good\s+)?care\s+of)\s+(?:yourself|yourselves)\b[^?]*[.!]?$|^(?:(?:hi|hello|hey|dear)\s+\w+[,!]?\s+)?(?:how\s+(?:are|r)\s+(?:you|u|things|you\s+doing|you\s+keeping|things\s+with\s+you)|how\s+(?:is|was|were)\s+(?:your|the)\s+(?:weekend|week|holiday|holidays|vacation|trip|break|christmas|summer|day|family)|how's\s+(?:it\s+going|things|life|your\s+(?:weekend|week|holiday|trip|day|family))|(?:did|have)\s+you\s+(?:have|had)\s+a\s+(?:good|nice|great|lovely|relaxing)\s+\w+|hope\s+(?:you\s+are|you're|all\s+is)\s+well|all\s+well(?:\s+with\s+you)?)\s*[?!.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
