using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MailScope.Core.Zoning;

/// <summary>
/// Turns an HTML body into plain text with a real HTML parser: scripts, styles and quoted history
/// (blockquote, Gmail/Outlook/Thunderbird/Yahoo reply containers) are dropped, blocks become lines.
/// </summary>
internal static class HtmlText
{
    /// <summary>Beyond this, an HTML body is cut before parsing: the asks are at the top of a message.</summary>
    public const int MaxHtmlChars = 512 * 1024;

    /// <summary>
    /// Beyond this depth of open elements the HTML is not parsed: a parser's cost grows with depth × elements,
    /// and a crafted message (100,000 nested divs) took minutes. No real mail nests this deep; such a body is read
    /// as tags stripped, without the quoted-history structure.
    /// </summary>
    public const int MaxNesting = 1000;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source", "track", "embed", "param",
    };

    private static readonly string[] HistorySelectors =
    [
        "script", "style", "head", "title", "noscript", "template", "object", "iframe", "svg",
        "blockquote", ".gmail_quote", ".gmail_signature", ".gmail_extra", ".moz-cite-prefix", ".moz-signature",
        ".yahoo_quoted", "#Signature", "[data-smartmail=gmail_signature]",
    ];

    // Outlook marks where the quoted original begins; everything from there on is history.
    private static readonly string[] HistoryStartSelectors = ["#divRplyFwdMsg", "#appendonsend", "#x_divRplyFwdMsg", "#mail-editor-reference-message-container"];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "TABLE", "UL", "OL", "SECTION",
        "ARTICLE", "HEADER", "FOOTER", "PRE", "HR", "DL", "DT", "DD", "ADDRESS", "CENTER",
    };

    public static string ToText(string html)
    {
        if (html.Length > MaxHtmlChars)
        {
            html = html[..MaxHtmlChars];
        }

        if (NestsDeeperThan(html, MaxNesting))
        {
            return Stripped(html);
        }

        var document = Parser.ParseDocument(html);
        foreach (var selector in HistoryStartSelectors)
        {
            if (document.QuerySelector(selector) is { } start)
            {
                RemoveFrom(start);
            }
        }

        foreach (var node in document.QuerySelectorAll(string.Join(',', HistorySelectors)).ToList())
        {
            node.Remove();
        }

        var text = new StringBuilder(Math.Min(html.Length, 64 * 1024));
        Append(document.Body ?? (INode)document.DocumentElement, text);
        return text.ToString();
    }

    /// <summary>Whether open tags nest deeper than the limit (a linear scan; closing tags end the deepest open one).</summary>
    internal static bool NestsDeeperThan(string html, int limit)
    {
        var depth = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (html[i + 1] == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (!char.IsAsciiLetter(html[i + 1]))
            {
                continue;
            }

            var end = html.IndexOf('>', i);
            if (end < 0)
            {
                break;
            }

            var nameEnd = i + 1;
            while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (html[end - 1] != '/' && !VoidTags.Contains(html[(i + 1)..nameEnd]) && ++depth > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of a body not worth parsing: scripts and styles dropped, block ends as new lines, tags removed.</summary>
    private static string Stripped(string html)
    {
        var text = Markup.ScriptOrStyle().Replace(html, " ");
        text = Markup.BlockEnd().Replace(text, "\n");
        text = Markup.Tag().Replace(text, string.Empty);
        return System.Net.WebUtility.HtmlDecode(text);
    }

    private static void RemoveFrom(IElement start)
    {
        // Remove the marker, its following siblings, and the following siblings of each ancestor.
        INode node = start;
        while (node.Parent is { } parent && node is not IElement { LocalName: "body" })
        {
            while (node.NextSibling is { } next)
            {
                next.RemoveFromParent();
            }

            node = parent;
        }

        start.RemoveFromParent();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendCollapsed(t.Data, text);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement e:
                    var block = BlockTags.Contains(e.TagName);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    if (e.LocalName == "li")
                    {
                        text.Append("- ");
                    }
                    else if (e.LocalName is "td" or "th")
                    {
                        text.Append(' ');
                    }

                    Append(e, text);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }

    private static void AppendCollapsed(string data, StringBuilder text)
    {
        var lastSpace = text.Length == 0 || char.IsWhiteSpace(text[^1]);
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastSpace)
                {
                    text.Append(' ');
                    lastSpace = true;
                }
            }
            else
            {
                text.Append(c);
                lastSpace = false;
            }
        }
    }
}
