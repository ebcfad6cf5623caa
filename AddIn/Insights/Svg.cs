using System.Globalization;
using System.Net;
using System.Text;

namespace MailScope.AddIn.Insights;

/// <summary>
/// A small SVG writer for the Insights charts: drawn on the server so the page needs no chart library or
/// CDN and works offline. Text is escaped; the picture scales to the page width (viewBox, width 100%).
/// </summary>
internal sealed class Svg(string id, string title, int width, int height)
{
    private readonly StringBuilder _body = new();

    public Svg Rect(double x, double y, double w, double h, string fill, string? tip = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, w))}\" height=\"{N(Math.Max(0, h))}\" fill=\"{fill}\">");
        if (tip is not null)
        {
            _body.Append("<title>").Append(WebUtility.HtmlEncode(tip)).Append("</title>");
        }

        _body.Append("</rect>");
        return this;
    }

    public Svg Text(double x, double y, string text, string anchor = "start", string css = "label") =>
        Raw($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" class=\"{css}\">{WebUtility.HtmlEncode(text)}</text>");

    public Svg Line(double x1, double y1, double x2, double y2) =>
        Raw($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"#e0e0e0\"/>");

    public override string ToString() =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">" +
        "<style>.label{font:12px sans-serif;fill:#424242}.value{font:bold 12px sans-serif;fill:#242424}.muted{font:11px sans-serif;fill:#616161}</style>" +
        _body + "</svg>";

    private Svg Raw(string markup)
    {
        _body.Append(markup);
        return this;
    }

    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
