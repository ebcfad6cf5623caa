using System.Text.RegularExpressions;

namespace MailScope.Core.Zoning;

/// <summary>The few patterns the stripped reading of an unparseable body needs.</summary>
internal static partial class Markup
{
    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    public static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<(br|/p|/div|/li|/tr|/h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    public static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    public static partial Regex Tag();
}
