using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace MailScope.Benchmarks;

/// <summary>
/// The add-in host under load on loopback: /api/analyze and /api/reply against a static file from the same
/// host, in one run, same client and concurrency; p50/p99 latency and the ratios.
/// </summary>
internal static class AddInBench
{
    internal const string Key = "bench-key";
    private const int Concurrency = 4;
    private const int Requests = 2000;

    private static readonly string Message = """
        {"from":"alex.kim@example.com","fromName":"Alex Kim","to":["dana@reyescoaching.com"],"subject":"Another call?","bodyType":"html",
         "body":"<p>Hi Dana,</p><p>Thanks for the session on Tuesday, it really helped. Could we book one more coaching call next week? I have an interview coming up and would love to practise.</p><p>Best, Alex</p>",
         "internetMessageId":"<call@example.com>","receivedAt":"2026-11-20T09:14:00Z"}
        """;

    public static async Task<int> RunAsync(TextWriter output)
    {
        var port = LoopbackPort.Free();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var data = Path.Combine(Path.GetTempPath(), "mailscope-addinbench-" + Guid.NewGuid().ToString("N")[..8]);
        using var host = StartHost(baseUrl, data, Path.Combine(RepoPaths.Root, "samples", "scope-book.yaml"), new DateOnly(2026, 11, 27));
        try
        {
            using var client = new HttpClient { BaseAddress = baseUrl };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
            await WaitAsync(client);
            var runs = new (string Name, Func<Task<HttpResponseMessage>> Call)[]
            {
                ("GET /taskpane.css (static)", () => client.GetAsync("taskpane.css")),
                ("POST /api/analyze", () => client.PostAsync("api/analyze", new StringContent(Message, Encoding.UTF8, "application/json"))),
                ("POST /api/reply (PDF)", () => client.PostAsync("api/reply", new StringContent(Message.Replace("\"receivedAt\"", "\"offer\":\"change-order\",\"receivedAt\"", StringComparison.Ordinal), Encoding.UTF8, "application/json"))),
            };
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Requests:N0} requests each, {Concurrency} at a time, loopback, host and client on the same 2 cores"));
            output.WriteLine("endpoint                      p50 ms   p99 ms   req/s   p50 ratio  p99 ratio");
            await MeasureAsync(output, runs);
            output.WriteLine("targets: analyze <= 5x the static file, reply <= 20x");
            return 0;
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    /// <summary>Loads each endpoint in turn (300 warm-up requests, then <see cref="Requests"/>); ratios against the first.</summary>
    internal static async Task MeasureAsync(TextWriter output, (string Name, Func<Task<HttpResponseMessage>> Call)[] runs)
    {
        (double P50, double P99)? baseline = null;
        foreach (var (name, call) in runs)
        {
            await LoadAsync(call, 300); // warm-up
            var clock = Stopwatch.StartNew();
            var latencies = await LoadAsync(call, Requests);
            var seconds = clock.Elapsed.TotalSeconds;
            latencies.Sort();
            var p50 = latencies[latencies.Count / 2];
            var p99 = latencies[(int)(latencies.Count * 0.99)];
            baseline ??= (p50, p99);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-28} {p50,7:F2}  {p99,7:F2}  {Requests / seconds,6:F0}   {p50 / baseline.Value.P50,8:F1}x  {p99 / baseline.Value.P99,8:F1}x"));
        }
    }

    private static async Task<List<double>> LoadAsync(Func<Task<HttpResponseMessage>> call, int count)
    {
        var latencies = new List<double>(count);
        var next = 0;
        var workers = Enumerable.Range(0, Concurrency).Select(async worker =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                var clock = Stopwatch.StartNew();
                using var response = await call();
                _ = await response.Content.ReadAsByteArrayAsync();
                var ms = clock.Elapsed.TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {response.StatusCode}");
                }

                lock (latencies)
                {
                    latencies.Add(ms);
                }
            }
        });
        await Task.WhenAll(workers);
        return latencies;
    }

    internal static async Task WaitAsync(HttpClient client)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                if ((await client.GetAsync("healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the add-in host did not start");
    }

    /// <summary>Starts the add-in host (build output) on <paramref name="baseUrl"/> over a store and book of the bench's, its output drained.</summary>
    internal static Process StartHost(Uri baseUrl, string dataFolder, string bookPath, DateOnly today)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "MailScope.AddIn.dll"), "--urls", baseUrl.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["MailScope__AddIn__ApiKey"] = Key;
        start.Environment["MailScope__AddIn__OfficeJs"] = "None";
        start.Environment["MailScope__AddIn__RequestsPerMinute"] = "100000000";
        start.Environment["MailScope__Today"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["MailScope__DataFolder"] = dataFolder;
        start.Environment["MailScope__ScopeBook"] = bookPath;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var host = Process.Start(start)!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        return host;
    }
}
