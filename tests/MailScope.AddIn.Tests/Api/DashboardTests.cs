using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MailScope.AddIn.Tests.Api;

/// <summary>The dashboard reads what the worker recorded in the shared store; the Hangfire dashboard needs the session.</summary>
[Collection(InMemoryHosts.Name)]
public sealed class DashboardTests
{
    [Fact]
    public async Task The_dashboard_lists_what_the_worker_flagged_with_evidence_and_reply_and_opens_hangfire_only_with_a_session()
    {
        using var factory = new AddInFactory();
        using var client = factory.CreateClient();
        await RunWorkerAsync(factory.DataFolder);

        using var anonymous = await client.GetAsync("/api/flagged");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var hangfireWithout = await client.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Unauthorized, hangfireWithout.StatusCode);

        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AddInFactory.Key);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/flagged"));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(9, rows.Count); // the sample mailbox's nine flagged messages (README)
        Assert.All(rows, r =>
        {
            Assert.Equal("demo", r.GetProperty("mailbox").GetString());
            Assert.False(string.IsNullOrEmpty(r.GetProperty("subject").GetString()));
            Assert.Contains("@", r.GetProperty("from").GetString(), StringComparison.Ordinal);
            Assert.NotEmpty(r.GetProperty("requests").EnumerateArray());
            Assert.Equal("done", r.GetProperty("draft").GetString());
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reply_preview").GetString()));
        });

        using var session = await client.PostAsync("/api/session", null);
        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        var cookie = session.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var browser = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Add("Cookie", cookie);
        using var hangfire = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, hangfire.StatusCode);
        Assert.Contains("MailScope jobs", await hangfire.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_included_ask_in_a_flagged_message_can_be_marked_delivered_from_the_dashboard_and_undone()
    {
        using var factory = new AddInFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AddInFactory.Key);
        // Priya has calls left: the call is included, the logo is not, so the message is flagged with one included ask.
        var maildir = Path.Combine(factory.DataFolder, "mixed-maildir");
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        await File.WriteAllTextAsync(Path.Combine(maildir, "new", "1764000000.mixed.example"), string.Join("\r\n",
            "From: Priya Nair <priya.nair@example.org>", "To: dana@reyescoaching.com", "Subject: Thursday", "Date: Wed, 25 Nov 2026 09:00:00 +0000",
            "Message-ID: <mixed@example.org>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "",
            "Hi Dana,", "", "Can we book our second coaching call for Thursday afternoon?", "", "Could you also design a logo for my consulting page?", "", "Priya", ""));
        await RunWorkerAsync(factory.DataFolder, new Dictionary<string, string>
        {
            ["MailScope__Mailboxes__0__Name"] = "mixed",
            ["MailScope__Mailboxes__0__Kind"] = "Maildir",
            ["MailScope__Mailboxes__0__Maildir__Path"] = maildir,
            ["MailScope__Mailboxes__0__CreateDrafts"] = "false",
        });

        var row = Assert.Single(JsonDocument.Parse(await client.GetStringAsync("/api/flagged")).RootElement.EnumerateArray());
        var included = Assert.Single(row.GetProperty("requests").EnumerateArray(), a => a.GetProperty("verdict").GetString() == "in_scope");
        Assert.Equal("coaching-call", included.GetProperty("item").GetString());
        Assert.Empty(row.GetProperty("delivered").EnumerateArray());

        using var marked = await client.PostAsJsonAsync("/api/delivered", new { from = row.GetProperty("from").GetString(), item = "coaching-call", messageId = row.GetProperty("message_id").GetString() });
        Assert.Equal(HttpStatusCode.Created, marked.StatusCode);
        var after = Assert.Single(JsonDocument.Parse(await client.GetStringAsync("/api/flagged")).RootElement.EnumerateArray());
        var delivered = Assert.Single(after.GetProperty("delivered").EnumerateArray());
        Assert.Equal("coaching-call", delivered.GetProperty("item").GetString());

        using var undone = await client.PostAsJsonAsync("/api/delivered/undo", new { id = delivered.GetProperty("id").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Empty(Assert.Single(JsonDocument.Parse(await client.GetStringAsync("/api/flagged")).RootElement.EnumerateArray()).GetProperty("delivered").EnumerateArray());
    }

    private static async Task RunWorkerAsync(string dataFolder, IReadOnlyDictionary<string, string>? extra = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var a in new[] { WorkerBinary.Path, "sync", "--once" })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MailScope__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MailScope__DataFolder"] = dataFolder;
        start.Environment["MailScope__ScopeBook"] = Path.Combine(RepoPaths.Root, "samples", "scope-book.yaml");
        start.Environment["MailScope__Today"] = "2026-11-27";
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await output + await error);
    }
}
