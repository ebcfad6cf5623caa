using System.Diagnostics;
using System.Net;
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

    private static async Task RunWorkerAsync(string dataFolder)
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
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await output + await error);
    }
}
