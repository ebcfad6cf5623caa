using MailScope.Core.Zoning;

namespace MailScope.Core.Tests.Zoning;

public class NewTextExtractorTests
{
    private static string NewText(string text) => string.Join("\n", NewTextExtractor.Extract(text, null)).Trim();

    private static string NonEmptyLines(string text) => string.Join("\n", NewTextExtractor.Extract(text, null).Where(l => l.Length > 0));

    private static string NewHtml(string html) => string.Join("\n", NewTextExtractor.Extract(null, html)).Trim();

    [Theory]
    [InlineData("Sounds good.\n\nOn Mon, Nov 2, 2026 at 9:00 AM Dana Reyes <dana@x.example> wrote:\n> Could you review it?")]
    [InlineData("Sounds good.\n\nOn Mon, Nov 2, 2026 at 9:00 AM Dana Reyes\n<dana@x.example> wrote:\n\nCould you review it?")]
    [InlineData("Sounds good.\n\n-----Original Message-----\nFrom: Dana\nCould you review it?")]
    [InlineData("Sounds good.\n\n________________________________\nFrom: Dana Reyes <dana@x.example>\nSent: Monday, November 2, 2026 9:00 AM\nTo: Alex\nSubject: Re: x\n\nCould you review it?")]
    [InlineData("Sounds good.\n\nFrom: Dana Reyes <dana@x.example>\nDate: Monday, November 2, 2026\nSubject: Re: x\n\nCould you review it?")]
    [InlineData("Sounds good.\n\n---------- Forwarded message ---------\nFrom: Sam\nCould you review it?")]
    [InlineData("Sounds good.\n\nBegin forwarded message:\n\nCould you review it?")]
    [InlineData("Sounds good.\n> Could you review it?\n>> And the other one?")]
    [InlineData("Sounds good.\n\n-------- Message transféré --------\nSujet : épisode 7\nDe : Sophie <s@x.example>\nCould you review it?")]
    [InlineData("Sounds good.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Sam\nCould you review it?")]
    [InlineData("Sounds good.\n\nDébut du message réexpédié :\n\nCould you review it?")]
    public void Quoted_and_forwarded_history_is_not_new_text(string body) =>
        Assert.Equal("Sounds good.", NewText(body));

    [Theory]
    [InlineData("Sounds good.\n-- \nAlex Kim\nCould you review it?")]
    [InlineData("Sounds good.\n\nSent from my iPhone")]
    [InlineData("Sounds good.\n\nBest,\nAlex Kim\nProduct Lead | Contoso\n+1 555 0100")]
    [InlineData("Sounds good.\n\nThanks, Alex")]
    [InlineData("Sounds good.\n\nCONFIDENTIALITY NOTICE: This email and any attachments are confidential. Could you review it?")]
    [InlineData("Sounds good.\n\nThis message and any files transmitted with it are confidential and intended solely for the addressee.")]
    public void Signatures_and_disclaimers_are_not_new_text(string body) =>
        Assert.Equal("Sounds good.", NewText(body));

    [Fact]
    public void A_postscript_after_the_signature_is_kept()
    {
        var text = NonEmptyLines("See you Thursday.\n\nBest,\nPriya\n\nP.S. Could you look at my cover letter too?");
        Assert.Equal("See you Thursday.\nP.S. Could you look at my cover letter too?", text);
    }

    [Fact]
    public void Inline_replies_keep_the_new_lines_between_quotes()
    {
        var text = NewText("> Can you do Thursday?\nYes, Thursday works.\n> Anything else?\nCould you add a logo?");
        Assert.Equal("Yes, Thursday works.\n\nCould you add a logo?", text);
    }

    [Fact]
    public void A_thanks_in_the_middle_is_not_a_sign_off()
    {
        var text = NewText("Thanks!\nI have one more thing to ask you about the plan we made together last week at the office,\nit would be great if the site also had a blog section with categories and search.\nAlex");
        Assert.Contains("blog section", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_becomes_text_without_scripts_styles_or_quoted_history()
    {
        var text = NewHtml("""
            <html><head><style>p{color:red}</style><script>alert('x')</script></head><body>
            <p>Hello&nbsp;Dana,</p><p>Could you <b>build</b> a website?</p><ul><li>menu</li><li>hours</li></ul>
            <div class="gmail_quote"><blockquote>Old ask: could you review my CV?</blockquote></div>
            <div id="divRplyFwdMsg">From: Dana</div><div>Older history</div>
            </body></html>
            """);

        Assert.Equal("Could you build a website?\n- menu\n- hours", string.Join("\n", text.Split('\n').Where(l => l.Length > 0)));
    }

    [Fact]
    public void Text_body_is_preferred_over_html()
    {
        var lines = NewTextExtractor.Extract("Plain words.", "<p>Html words.</p>");
        Assert.Equal("Plain words.", string.Join("", lines).Trim());
    }
}
