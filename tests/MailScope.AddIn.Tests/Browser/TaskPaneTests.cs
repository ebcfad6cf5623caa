using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MailScope.AddIn.Tests.Browser;

/// <summary>
/// The task pane in a real Chromium against the running host, with Office.js replaced by a fake Outlook.
/// Each state is saved as a screenshot under artifacts/screenshots.
/// </summary>
public sealed class TaskPaneTests(AddInServer server, BrowserFixture browser) : IClassFixture<AddInServer>, IClassFixture<BrowserFixture>
{
    private static readonly string Screenshots = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    private static readonly object ExtraCall = new
    {
        from = "alex.kim@example.com", fromName = "Alex Kim", to = new[] { "dana@reyescoaching.com" }, subject = "Another call?",
        body = "<p>Hi Dana,</p><p>Could we book one more coaching call next week? I have an interview coming up.</p><p>Alex</p>",
        internetMessageId = "<call@example.com>", receivedAt = "2026-11-20T09:14:00Z",
    };

    private static readonly object Stranger = new
    {
        from = "someone@unknown.example", fromName = "Someone", subject = "Hello", body = "<p>Could you send me your prices?</p>",
        internetMessageId = "<stranger@example.com>",
    };

    private static readonly object InScope = new
    {
        from = "priya.nair@example.org", fromName = "Priya Nair", subject = "Next session",
        body = "<p>Hi Dana,</p><p>Can we book our second coaching call for Thursday afternoon? I've done the homework from last time.</p>",
        internetMessageId = "<priya@example.org>",
    };

    private async Task<IPage> OpenAsync(object message, string mailboxVersion = "1.15", string key = AddInServer.Key)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 380, Height = 1000 } });
        var fake = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Browser", "fake-office.js"));
        await context.AddInitScriptAsync(
            $"window.__officeMessage = {JsonSerializer.Serialize(message)};" +
            $"window.__officeConfig = {{ mailbox: '{mailboxVersion}' }};" +
            $"try {{ localStorage.setItem('mailscope.apiKey', {JsonSerializer.Serialize(key)}); }} catch (e) {{}}" + fake);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseUrl, "taskpane.html").ToString());
        return page;
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }

    private static async Task<JsonElement> CallsAsync(IPage page) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.__officeCalls)")).RootElement;

    [Fact]
    public async Task A_flagged_message_shows_its_verdict_evidence_usage_and_priced_offers()
    {
        var page = await OpenAsync(ExtraCall);

        await Expect(page.Locator("#verdict-title")).ToHaveTextAsync("Over quota");
        await Expect(page.Locator("#asks li")).ToContainTextAsync("one more coaching call");
        await Expect(page.Locator("#usage")).ToContainTextAsync("4 of 4 calls used");
        await Expect(page.Locator("#usage")).ToContainTextAsync("0 left");
        await Expect(page.Locator("#client-name")).ToHaveTextAsync("Alex Kim");
        await Expect(page.Locator("#offers label").First).ToContainTextAsync("$");
        Assert.Contains("addon", await page.Locator("#offers input").EvaluateAllAsync<string[]>("els => els.map(e => e.value)"));
        await ShotAsync(page, "1-flagged");
    }

    [Fact]
    public async Task Reply_out_of_scope_opens_the_reply_form_with_the_html_and_the_pdf_and_tags_the_message()
    {
        var page = await OpenAsync(ExtraCall);
        await Expect(page.Locator("#verdict-title")).ToHaveTextAsync("Over quota");
        await page.Locator("#offers input[value=change-order]").CheckAsync();
        await Expect(page.Locator("#hours-row")).ToBeVisibleAsync();
        await page.Locator("#hours").FillAsync("2");

        await page.Locator("#preview").ClickAsync();
        await Expect(page.Locator("#preview-frame")).ToBeVisibleAsync();
        await Expect(page.FrameLocator("#preview-frame").Locator("body")).ToContainTextAsync("Alex");
        await ShotAsync(page, "2-preview");
        // Full-page shots leave the sandboxed frame blank in headless Chromium; the frame on its own shows the reply.
        await page.Locator("#preview-frame").ScrollIntoViewIfNeededAsync();
        await page.Locator("#preview-frame").ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "2-preview-reply.png") });
        await page.Locator("#reply").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Reply opened");

        var calls = await CallsAsync(page);
        var form = calls.EnumerateArray().Single(c => c.GetProperty("method").GetString() == "displayReplyFormAsync").GetProperty("form");
        var html = form.GetProperty("htmlBody").GetString()!;
        Assert.Contains("Alex", html, StringComparison.Ordinal);
        Assert.Contains("change order", html, StringComparison.OrdinalIgnoreCase);
        var attachment = Assert.Single(form.GetProperty("attachments").EnumerateArray());
        Assert.Equal("base64", attachment.GetProperty("type").GetString());
        Assert.Matches(@"^CO-2026-\d{4}\.pdf$", attachment.GetProperty("name").GetString());
        Assert.StartsWith("JVBERi0", attachment.GetProperty("base64file").GetString(), StringComparison.Ordinal);
        Assert.Contains(calls.EnumerateArray(), c => c.GetProperty("method").GetString() == "categories.addAsync" && c.GetProperty("names")[0].GetString() == "Out of scope");
        await ShotAsync(page, "3-reply-opened");
    }

    [Fact]
    public async Task Below_mailbox_1_15_the_pdf_goes_by_a_single_use_link_from_the_host()
    {
        var page = await OpenAsync(ExtraCall, mailboxVersion: "1.8");
        await Expect(page.Locator("#verdict-title")).ToHaveTextAsync("Over quota");

        await page.Locator("#reply").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Reply opened");

        var form = (await CallsAsync(page)).EnumerateArray().Single(c => c.GetProperty("method").GetString() == "displayReplyFormAsync").GetProperty("form");
        var attachment = Assert.Single(form.GetProperty("attachments").EnumerateArray());
        Assert.Equal("file", attachment.GetProperty("type").GetString());
        var url = attachment.GetProperty("url").GetString()!;
        Assert.StartsWith(new Uri(server.BaseUrl, "attachments/").ToString(), url, StringComparison.Ordinal);
        using var http = new HttpClient();
        var pdf = await http.GetByteArrayAsync(url);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
    }

    [Fact]
    public async Task Item_changed_refreshes_the_pane_with_a_calm_answer_for_a_stranger()
    {
        var page = await OpenAsync(ExtraCall);
        await Expect(page.Locator("#verdict-title")).ToHaveTextAsync("Over quota");

        await page.EvaluateAsync($"() => window.__selectMessage({JsonSerializer.Serialize(Stranger)})");

        await Expect(page.Locator("#verdict-title")).ToHaveTextAsync("Not a client");
        await Expect(page.Locator("#verdict-reason")).ToContainTextAsync("not one of your clients");
        await Expect(page.Locator("#offers-section")).ToBeHiddenAsync();
        await ShotAsync(page, "4-item-changed-not-a-client");
    }

    private static readonly object ResumeReview = new
    {
        from = "priya.nair@example.org", fromName = "Priya Nair", subject = "My resume",
        body = "<p>Hi Dana,</p><p>Could you review my resume once more?</p><p>Priya</p>",
        internetMessageId = "<priya-resume@example.org>", receivedAt = "2026-11-26T10:00:00Z",
    };

    [Fact]
    public async Task Mark_delivered_changes_the_usage_shown_and_the_next_verdict_and_undo_restores_both()
    {
        var page = await OpenAsync(ResumeReview);
        await Expect(page.Locator("#verdict-title")).ToHaveTextAsync("In scope");
        await Expect(page.Locator("#usage")).ToContainTextAsync("0 of 1 Resume review used");
        await Expect(page.Locator("#delivered")).ToBeHiddenAsync();
        await ShotAsync(page, "8-mark-delivered");

        await page.Locator("#asks .mark-delivered[data-item=resume-review]").ClickAsync();

        await Expect(page.Locator("#usage")).ToContainTextAsync("1 of 1 Resume review used");
        await Expect(page.Locator("#verdict-title")).ToHaveTextAsync("Over quota");
        await Expect(page.Locator("#delivered")).ToContainTextAsync("Marked delivered: Resume review");
        await Expect(page.Locator("#asks .mark-delivered")).ToHaveCountAsync(0);
        await ShotAsync(page, "9-delivered");

        // Another message from the client sees the unit too: the verdict comes from book + ledger.
        var other = await OpenAsync(new
        {
            from = "priya.nair@example.org", fromName = "Priya Nair", subject = "CV again",
            body = "<p>Could you review my CV once more?</p>", internetMessageId = "<priya-cv@example.org>", receivedAt = "2026-11-27T10:00:00Z",
        });
        await Expect(other.Locator("#verdict-title")).ToHaveTextAsync("Over quota");
        await Expect(other.Locator("#delivered")).ToBeHiddenAsync();

        await page.Locator("#delivered .undo-delivered").ClickAsync();

        await Expect(page.Locator("#usage")).ToContainTextAsync("0 of 1 Resume review used");
        await Expect(page.Locator("#verdict-title")).ToHaveTextAsync("In scope");
        await Expect(page.Locator("#delivered")).ToBeHiddenAsync();
        await Expect(page.Locator("#asks .mark-delivered")).ToHaveCountAsync(1);
        await ShotAsync(page, "10-undone");
    }

    [Fact]
    public async Task An_in_scope_ask_gets_a_calm_green_answer_and_no_reply_button()
    {
        var page = await OpenAsync(InScope);

        await Expect(page.Locator("#verdict-title")).ToHaveTextAsync("In scope");
        await Expect(page.Locator("#asks li")).ToContainTextAsync("second coaching call");
        await Expect(page.Locator("#reply")).ToBeHiddenAsync();
        await ShotAsync(page, "5-in-scope");
    }

    [Fact]
    public async Task A_host_that_does_not_answer_gets_a_clear_error()
    {
        var context = await browser.Browser.NewContextAsync();
        var fake = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Browser", "fake-office.js"));
        await context.AddInitScriptAsync($"window.__officeMessage = {JsonSerializer.Serialize(ExtraCall)};" + fake);
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/api/**", route => route.AbortAsync("connectionrefused"));

        await page.GotoAsync(new Uri(server.BaseUrl, "taskpane.html").ToString());

        await Expect(page.Locator("#status")).ToContainTextAsync("did not answer");
        await Expect(page.Locator("#status")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("error"));
        await ShotAsync(page, "6-host-down");
    }

    [Fact]
    public async Task A_wrong_key_says_what_to_do()
    {
        var page = await OpenAsync(ExtraCall, key: "not-the-key");

        await Expect(page.Locator("#status")).ToContainTextAsync("refused the key");
        await Expect(page.Locator("#verdict")).ToBeHiddenAsync();
        await ShotAsync(page, "7-wrong-key");
    }

    [Fact]
    public async Task Where_nested_app_auth_is_supported_the_pane_sends_the_msal_token()
    {
        var context = await browser.Browser.NewContextAsync();
        var fake = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Browser", "fake-office.js"));
        // A fake MSAL.js: records what it is asked and hands out a token (the host's key, so the real host accepts it).
        await context.AddInitScriptAsync(
            $"window.__officeMessage = {JsonSerializer.Serialize(ExtraCall)}; window.__officeConfig = {{ mailbox: '1.15', naa: true }};" +
            "window.__msalCalls = [];" +
            "window.msal = { createNestablePublicClientApplication: async (c) => { window.__msalCalls.push(['create', c.auth.clientId, c.auth.authority]);" +
            $"  return {{ acquireTokenSilent: async (r) => {{ window.__msalCalls.push(['silent', r.scopes[0]]); return {{ accessToken: '{AddInServer.Key}' }}; }}," +
            "             acquireTokenPopup: async () => { throw new Error('no popup expected'); } }; } };" + fake);
        var page = await context.NewPageAsync();
        var authorizations = new List<string>();
        await page.RouteAsync("**/auth-config.json", route => route.FulfillAsync(new()
        {
            ContentType = "application/json",
            Body = "{\"clientId\":\"11111111-2222-3333-4444-555555555555\",\"authority\":\"https://login.microsoftonline.com/contoso.example\",\"scope\":\"api://11111111-2222-3333-4444-555555555555/access_as_user\"}",
        }));
        await page.RouteAsync("**/api/**", async route =>
        {
            authorizations.Add(route.Request.Headers["authorization"]);
            await route.ContinueAsync();
        });

        await page.GotoAsync(new Uri(server.BaseUrl, "taskpane.html").ToString());

        await Expect(page.Locator("#verdict-title")).ToHaveTextAsync("Over quota");
        Assert.Equal($"Bearer {AddInServer.Key}", Assert.Single(authorizations));
        var calls = await page.EvaluateAsync<string>("() => JSON.stringify(window.__msalCalls)");
        Assert.Contains("11111111-2222-3333-4444-555555555555", calls, StringComparison.Ordinal);
        Assert.Contains("api://11111111-2222-3333-4444-555555555555/access_as_user", calls, StringComparison.Ordinal);
        await Expect(page.Locator("#auth-note")).ToContainTextAsync("Microsoft 365 account");
    }

    [Fact]
    public async Task The_ribbon_command_opens_the_best_reply_without_the_pane()
    {
        var context = await browser.Browser.NewContextAsync();
        var fake = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Browser", "fake-office.js"));
        await context.AddInitScriptAsync(
            $"window.__officeMessage = {JsonSerializer.Serialize(ExtraCall)}; window.__officeConfig = {{ mailbox: '1.15' }};" +
            $"try {{ localStorage.setItem('mailscope.apiKey', '{AddInServer.Key}'); }} catch (e) {{}}" + fake);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseUrl, "commands.html").ToString());
        await page.WaitForFunctionAsync("() => typeof window.__officeAction === 'function'");

        await page.EvaluateAsync("() => new Promise(resolve => window.__officeAction({ completed: resolve }))");

        var calls = await CallsAsync(page);
        Assert.Contains(calls.EnumerateArray(), c => c.GetProperty("method").GetString() == "actions.associate" && c.GetProperty("name").GetString() == "draftOutOfScopeReply");
        var form = calls.EnumerateArray().Single(c => c.GetProperty("method").GetString() == "displayReplyFormAsync").GetProperty("form");
        Assert.Contains("Alex", form.GetProperty("htmlBody").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("JVBERi0", Assert.Single(form.GetProperty("attachments").EnumerateArray()).GetProperty("base64file").GetString(), StringComparison.Ordinal);
        Assert.Contains(calls.EnumerateArray(), c => c.GetProperty("method").GetString() == "categories.addAsync");
    }
}
