using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MailScope.Chaos.Campaign;

namespace MailScope.Chaos;

/// <summary>
/// Mutated JSON and oversize bodies (<see cref="JsonMutator"/>) against every route of the add-in host, run
/// as its own process: every answer is a 2xx or 4xx, never a 5xx, and the host stays up (/healthz).
/// </summary>
internal static class AddInFuzz
{
    private const string Key = "chaos-key";

    private const string Message = """
        {"from":"alex.kim@example.com","fromName":"Alex Kim","to":["dana@reyescoaching.com"],"subject":"Another call?","bodyType":"html","body":"<p>Hi Dana,</p><p>Could we book one more coaching call next week? And could you also write my LinkedIn summary?</p>","internetMessageId":"<call@example.com>","receivedAt":"2026-11-20T09:14:00Z","offer":"change-order","hours":2}
        """;

    private static readonly (string Method, string Path, string Body)[] Routes =
    [
        ("POST", "api/analyze", Message),
        ("POST", "api/reply", Message),
        ("POST", "api/attachment-links", """{"name":"quote.pdf","contentType":"application/pdf","base64":"JVBERi0xLjQK"}"""),
        ("POST", "api/session", "{}"),
        ("POST", "webhooks/graph", """{"value":[{"subscriptionId":"s1","clientState":"chaos-state","changeType":"created","resource":"users/u/messages/m","resourceData":{"id":"m"}}]}"""),
        ("POST", "webhooks/graph/lifecycle", """{"value":[{"subscriptionId":"s1","clientState":"chaos-state","lifecycleEvent":"reauthorizationRequired"}]}"""),
        ("GET", "api/flagged?limit=", "100"),
        ("GET", "attachments/", "token/quote.pdf"),
    ];

    public static async Task<ChaosFindings> RunAsync(ChaosMail mail, int perRoute, int seed, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ChaosFindings("fuzz: add-in API", "addin");
        var port = LoopbackPort.Free();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        using var workspace = new ChaosWorkspace(mail);
        var environment = new Dictionary<string, string>(workspace.Environment)
        {
            ["MailScope__AddIn__ApiKey"] = Key,
            ["MailScope__AddIn__OfficeJs"] = "None",
            ["MailScope__AddIn__RequestsPerMinute"] = "100000000",
            ["MailScope__Mailboxes__0__Name"] = "m365",
            ["MailScope__Mailboxes__0__Kind"] = "Graph",
            ["MailScope__Mailboxes__0__Graph__AccessToken"] = "unused",
            ["MailScope__Mailboxes__0__Graph__UserId"] = "dana@reyescoaching.com",
            ["MailScope__Mailboxes__0__Graph__ClientState"] = "chaos-state",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        using var host = ChaosWorker.StartDll(Path.Combine(AppContext.BaseDirectory, "MailScope.AddIn.dll"), environment, workspace.Folder, "--urls", baseUrl.ToString().TrimEnd('/'));
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        if (!await HealthyAsync(client, TimeSpan.FromSeconds(60)))
        {
            findings.Violation("the add-in host did not start: " + KillLoop.Tail((await StopAsync(host)).Output));
            return findings;
        }

        var statuses = new Dictionary<int, int>();
        foreach (var (method, path, body) in Routes)
        {
            for (var i = 0; i < perRoute; i++)
            {
                using var request = Build(method, path, body, seed, i);
                try
                {
                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (status >= 500)
                    {
                        findings.Violation($"{method} /{path} mutation {i} ({i % 12}): {status} {KillLoop.Tail(await response.Content.ReadAsStringAsync(), 200)}");
                    }
                }
                catch (HttpRequestException ex) when (host.HasExited)
                {
                    findings.Violation($"{method} /{path} mutation {i}: the host is gone ({ex.Message})");
                    break;
                }
                catch (HttpRequestException)
                {
                    // Kestrel closes the connection on a body over its limit before reading it: that is a refusal, not a failure.
                    statuses[0] = statuses.GetValueOrDefault(0) + 1;
                }

                findings.Messages++;
            }

            if (!await HealthyAsync(client, TimeSpan.FromSeconds(10)))
            {
                findings.Violation($"the host stopped answering /healthz after the mutations of /{path}");
            }

            log.Write('.');
        }

        var ended = await StopAsync(host);
        if (ended.Output.Contains("Unhandled exception", StringComparison.Ordinal))
        {
            findings.Violation("the host logged an unhandled exception: " + KillLoop.Tail(ended.Output));
        }

        // The host's own account of each 500: the exception types and messages it logged, once each.
        var lines = ended.Output.Split('\n');
        foreach (var logged in lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith("fail:", StringComparison.Ordinal) && x.i + 1 < lines.Length)
            .Select(x => string.Join(" ", lines.Skip(x.i + 1).Take(2).Select(l => l.Trim()))).Distinct(StringComparer.Ordinal).Take(10))
        {
            findings.Violation("host logged: " + logged);
        }

        findings.Note = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => s.Key == 0 ? $"{s.Value}× connection closed" : $"{s.Value}× {s.Key}"));
        findings.Elapsed = clock.Elapsed;
        log.WriteLine();
        return findings;
    }

    private static HttpRequestMessage Build(string method, string path, string body, int seed, int index)
    {
        if (method == "GET")
        {
            var mutated = Uri.EscapeDataString(Encoding.Latin1.GetString(JsonMutator.Mutate(body, seed, index)).Replace("/", "%2F", StringComparison.Ordinal));
            var url = path.EndsWith('=') ? path + mutated[..Math.Min(mutated.Length, 4000)] : path + mutated[..Math.Min(mutated.Length, 2000)] + "/quote.pdf";
            return new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Key) } };
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(JsonMutator.Mutate(body, seed, index)) };
        // Mostly JSON as the task pane sends it; now and then the wrong or no content type, or no key.
        request.Content.Headers.ContentType = (index % 17) switch
        {
            3 => new MediaTypeHeaderValue("text/plain"),
            5 => null,
            _ => new MediaTypeHeaderValue("application/json") { CharSet = index % 13 == 0 ? "x-bogus" : "utf-8" },
        };
        if (index % 19 != 4)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        }

        return request;
    }

    private static async Task<bool> HealthyAsync(HttpClient client, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static async Task<ChaosWorker.Result> StopAsync(ChaosWorker host)
    {
        host.Terminate();
        if (!await host.WaitAsync(TimeSpan.FromSeconds(20)))
        {
            host.Kill();
        }

        return await host.ResultAsync();
    }
}
