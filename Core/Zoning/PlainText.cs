namespace MailScope.Core.Zoning;

/// <summary>Plain text of an HTML body, for quoting an original message in a reply.</summary>
public static class PlainText
{
    /// <summary>The text of <paramref name="html"/> through a real HTML parser; scripts and styles dropped.</summary>
    public static string FromHtml(string html) => HtmlText.ToText(html ?? string.Empty).Trim();
}
