using System.Text;
using MailScope.Core.Zoning;

namespace MailScope.Core.Tests.Zoning;

/// <summary>
/// A crafted HTML body nested 100,000 elements deep (found by the chaos campaign's fuzzing) took minutes to
/// parse and so stalled a whole sync; beyond <see cref="HtmlText.MaxNesting"/> the body is read with its tags
/// stripped, and its asks are still found.
/// </summary>
public class DeepHtmlTests
{
    [Fact]
    public void A_body_nested_100000_deep_is_read_without_its_tags()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 100_000);
        html.Append("Could you also design a logo for my side business?<script>alert('x')</script>");
        html.Insert(html.Length, "</div>", 100_000);
        html.Append("</body></html>");

        var lines = NewTextExtractor.Extract(null, html.ToString());

        var text = string.Join('\n', lines);
        Assert.Contains("Could you also design a logo for my side business?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<div>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Hi</p><p>Could you help?</p><br><img src=x><hr>", 3, false)]
    [InlineData("<div><div><div>deep</div></div></div>", 2, true)]
    [InlineData("<div><div><div>deep</div></div></div>", 3, false)]
    [InlineData("<br><br><br><br><meta x><img/>", 0, false)]
    public void Nesting_is_counted_by_open_elements_only(string html, int limit, bool deeper) =>
        Assert.Equal(deeper, HtmlText.NestsDeeperThan(html, limit));
}
