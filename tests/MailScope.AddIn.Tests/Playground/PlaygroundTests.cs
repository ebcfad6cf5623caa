using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using MailScope.AddIn.Playground;
using MailScope.AddIn.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MailScope.AddIn.Tests.Playground;

/// <summary>
/// The playground as a new user meets it: one command, one URL, the sample mailbox beside the real task pane
/// in Chromium, every sample message judged, the reply "Reply out of scope" opens and its quote PDF.
/// Screenshots go to artifacts/playground.
/// </summary>
public sealed class PlaygroundTests(PlaygroundServer server, BrowserFixture browser) : IClassFixture<PlaygroundServer>, IClassFixture<BrowserFixture>
{
    private static readonly string Screenshots = Path.Combine(RepoPaths.Root, "artifacts", "playground");

    // The sample mailbox's verdicts, as `scan` gives them (ScanCliTests), in the pane's words.
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["01-alex-another-call"] = "Over quota",
        ["02-alex-logo"] = "Outside your expertise",
        ["03-priya-book-call"] = "In scope",
        ["04-priya-cover-letter"] = "Out of scope",
        ["05-priya-linkedin"] = "Out of scope",
        ["06-alex-thanks"] = "No request",
        ["07-alex-reschedule"] = "In scope",
        ["08-priya-invoice"] = "In scope",
        ["09-newsletter"] = "Not a client",
        ["10-alex-quoted-thread"] = "No request",
        ["11-priya-resume"] = "In scope",
        ["12-alex-resume-again"] = "Over quota",
        ["13-jordan-ended"] = "Out of scope",
        ["14-priya-knows"] = "No request",
        ["15-alex-taxes"] = "Outside your expertise",
        ["16-auto-reply"] = "No request",
        ["17-alex-html-only"] = "Outside your expertise",
        ["18-priya-ps"] = "Out of scope",
        ["19-dana-self"] = "Not a client",
        ["20-priya-email-question"] = "In scope",
    };

    private async Task<IPage> OpenAsync()
    {
        // A fresh context: no key in local storage, nothing typed anywhere.
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Url.ToString());
        return page;
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png") });
    }

    [Fact]
    public void It_prints_one_url_and_nothing_about_certificates_or_keys()
    {
        var urls = server.Output.SelectMany(l => System.Text.RegularExpressions.Regex.Matches(l, @"https?://\S+")).Select(m => m.Value).ToList();

        Assert.Equal([server.Url.ToString()], urls);
        Assert.DoesNotContain(server.Output, l => l.Contains("certificate", StringComparison.OrdinalIgnoreCase) || l.Contains("ApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_sample_message_gets_its_verdict_in_the_real_task_pane()
    {
        var page = await OpenAsync();
        var pane = page.FrameLocator("#pane");
        var items = page.Locator("#messages button");
        await Expect(items).ToHaveCountAsync(Expected.Count);

        foreach (var (id, verdict) in Expected)
        {
            await page.Locator($"#messages button[data-id='{id}']").ClickAsync();

            // The click clears the pane at once (ItemChanged), so a visible verdict is this message's.
            await Expect(pane.Locator("#verdict")).ToBeVisibleAsync(new() { Timeout = 15_000 }); // judging under a loaded CI machine can pass 5 s
            await Expect(pane.Locator("#verdict-title")).ToHaveTextAsync(verdict);
            var flagged = verdict is "Over quota" or "Out of scope" or "Outside your expertise";
            if (flagged)
            {
                await Expect(pane.Locator("#asks li").First).ToBeVisibleAsync();
                // A priced path, or a referral at no charge for work outside the provider's expertise.
                await Expect(pane.Locator("#offers label .price").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\$[\d,.]+$|^no charge$"));
                await Expect(pane.Locator("#reply")).ToBeVisibleAsync();
            }
            else
            {
                await Expect(pane.Locator("#offers-section")).ToBeHiddenAsync();
            }

            await Expect(page.Locator("#m-subject")).Not.ToBeEmptyAsync();
            await ShotAsync(page, id);
        }
    }

    [Fact]
    public async Task Reply_out_of_scope_opens_the_reply_form_with_the_quote_pdf_behind_a_link()
    {
        var page = await OpenAsync();
        var pane = page.FrameLocator("#pane");
        await page.Locator("#messages button[data-id='01-alex-another-call']").ClickAsync();
        await Expect(pane.Locator("#verdict-title")).ToHaveTextAsync("Over quota");
        await Expect(pane.Locator("#usage")).ToContainTextAsync("4 of 4 calls used");

        await pane.Locator("#preview").ClickAsync();
        await Expect(pane.Locator("#preview-frame")).ToBeVisibleAsync();
        await pane.Locator("#reply").ClickAsync();

        await Expect(pane.Locator("#status")).ToContainTextAsync("Reply opened");
        await Expect(page.Locator("#reply")).ToBeVisibleAsync();
        await Expect(page.Locator("#r-to")).ToContainTextAsync("alex.kim@example.com");
        await Expect(page.Locator("#r-subject")).ToHaveTextAsync("Re: Quick favour");
        await Expect(page.FrameLocator("#r-body").Locator("body")).ToContainTextAsync("Alex");
        // The pane tagged the message, as Outlook's categories would show it.
        await Expect(page.Locator("#messages button[data-id='01-alex-another-call'] .category")).ToHaveTextAsync("Out of scope");
        var link = page.Locator("#r-attachments a");
        await Expect(link).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(CO|Q)-2026-\d{4}\.pdf$"));
        await ShotAsync(page, "reply-opened");

        var href = new Uri(server.Url, await link.GetAttributeAsync("href")).ToString();
        for (var i = 0; i < 2; i++)
        {
            // Viewable more than once: not a single-use link.
            var response = await page.Context.APIRequest.GetAsync(href);
            Assert.Equal(200, response.Status);
            Assert.Equal("application/pdf", response.Headers["content-type"]);
            Assert.StartsWith("inline", response.Headers["content-disposition"], StringComparison.Ordinal);
            Assert.Equal("%PDF"u8.ToArray(), (await response.BodyAsync())[..4]);
        }
    }

    [Fact]
    public async Task It_listens_on_127_0_0_1_only_and_refuses_other_host_names()
    {
        var port = server.Url.Port;
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => !IPAddress.IsLoopback(a) && a.AddressFamily == AddressFamily.InterNetwork)
            .ToList();
        foreach (var address in others)
        {
            using var client = new TcpClient();
            await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(address, port));
        }

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Url);
        request.Headers.Host = "attacker.example";
        using var rebound = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, rebound.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("192.0.2.10", false)]
    [InlineData("::ffff:192.0.2.10", false)]
    [InlineData("2001:db8::1", false)]
    public void Only_a_loopback_remote_address_is_served(string remote, bool allowed) =>
        Assert.Equal(allowed, LoopbackOnly.IsAllowed(IPAddress.Parse(remote)));

    [Fact]
    public void A_request_with_no_remote_address_is_refused() => Assert.False(LoopbackOnly.IsAllowed(null));

    [Fact]
    public async Task The_office_stand_in_refuses_an_attachment_outlook_would_refuse()
    {
        var page = await OpenAsync();
        var pane = page.FrameLocator("#pane");
        await Expect(pane.Locator("#verdict")).ToBeVisibleAsync(new() { Timeout = 15_000 }); // judging under a loaded CI machine can pass 5 s
        var frame = page.Frames.Single(f => f.Url.EndsWith("/taskpane.html", StringComparison.Ordinal));

        // The property is base64file (Office.ReplyFormAttachment, Mailbox 1.15); "base64" is not it.
        var error = await frame.EvaluateAsync<string>(
            "() => { try { Office.context.mailbox.item.displayReplyFormAsync({ htmlBody: '<p>x</p>', attachments: [{ type: 'base64', name: 'q.pdf', base64: 'JVBERi0=' }] }); return ''; } catch (e) { return e.name; } }");

        Assert.Equal("Sys.ArgumentException", error);
    }
}
