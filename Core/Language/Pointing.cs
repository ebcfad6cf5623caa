using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>
/// Words that point back at something named before: "it", "these", "a third one", "can I have one for two weeks?", "a couple more for…", "another twenty", "both" ending a clause ("send both over"), "the lot" ("give the lot a going over"), "there" ending a
/// clause, a general word for what was described ("fit the system", "the whole thing"); not "this week" or "that Friday", which say when.
/// </summary>
internal static partial class Pointing
{
    public static bool IsIn(string text) => Words().IsMatch(text);

    [GeneratedRegex(@"\b(?:it|this|that|these|those|them)\b(?!\s+(?:week|weekend|morning|afternoon|evening|night|month|year|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\b)|\b(?:a|an|another|the|one|two|three|new|fresh|third|second|fourth|different|other|next|same|last)\s+one\b|\b(?:run|do|make|book|send|get|arrange|organi[sz]e|set\s+up|write|build|plan)\s+one\b|\b(?:have|borrow|rent|hire|order|reserve)\s+one(?=\s*(?:[?.!,]|$|\s+(?:for|too|also|please|like|from|until|till|as\s+well)\b))|\bmore\s+(?:for|of|like|of\s+them)\b|\b(?:a\s+couple|a\s+few|some)\s+more\b|\banother\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)\b|(?<!\b(?:before|after|during|until|till|since|in|into|on|onto|from|off)\s)\bthe\s+(?:whole\s+|entire\s+)?(?:system|setup|set-up|thing)\b(?!\s+(?:of|to|with|in|on|at|from|that|which|where|you|we|i|is|was|about|works|runs)\b|\s+for\s+(?:the|a|an|our|my|your|his|her|their|this|that)\b)|(?<![,-]\s)\bthe\s+(?:whole\s+)?lot(?=\s*(?:[?.!,;]|$|too\b|as\s+well\b|for\s+(?:us|me)\b|a\s+(?:going|once|good|proper)\b))|\bthere(?=\s*(?:[?.!,;]|$|too\b|as\s+well\b|for\s+(?:us|me|him|her|them)\b))|\bboth(?=\s*(?:[?.!,;]|$|\s+(?:over|across|through|back|to\s+(?:me|us|her|him|them)|for\s+(?:me|us|her|him|them)|please|too|as\s+well|together|when|by)\b))")]
    private static partial Regex Words();
}
