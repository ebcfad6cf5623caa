using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using MailScope.Core.Insights;
using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Insights;
using MailScope.Infrastructure.Storage;
using MailScope.Tooling.Insights;
using MailScope.Tooling.Servers;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MailScope.Benchmarks;

/// <summary>
/// <c>report</c> over a store of 100,000 judged messages (a year of 20 clients, about 1.3 asks each, the
/// verdict mix of real mail, 40 wordings of unmatched extras, 2,000 quotes and ledger entries) on SQLite
/// and PostgreSQL: in process (median and worst of 7) and as the worker process end to end; then the
/// Insights API's p50/p99 against a static file of the same host.
/// </summary>
internal static class InsightsBench
{
    private const int Messages = 100_000;
    private const int Clients = 20;
    private const string Key = AddInBench.Key;
    private static readonly DateOnly First = new(2025, 11, 28);
    private static readonly DateOnly Last = new(2026, 11, 27);

    private static readonly string[] Extras =
    [
        "Could you also write my cover letter for the Acme job?", "Can you draft a covering letter too?", "Could you edit my podcast intro video?",
        "Can you help me edit the intro video for my podcast?", "Could you translate my portfolio into Spanish?", "Can you build me a personal website?",
        "Could you proofread my thesis chapter?", "Can you write my LinkedIn headline?", "Could you prepare slides for my talk?", "Can you record a video intro for me?",
    ];

    public static async Task<int> RunAsync(TextWriter output, string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mailscope-insightsbench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var bookPath = Path.Combine(folder, "scope.yaml");
        await File.WriteAllTextAsync(bookPath, Book());
        var book = ScopeBookLoader.LoadFile(bookPath);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report over {Messages:N0} judged messages, {First:yyyy-MM-dd} to {Last:yyyy-MM-dd}, {Clients} clients"));
        try
        {
            var sqliteFolder = Path.Combine(folder, "data");
            Directory.CreateDirectory(sqliteFolder);
            var sqlite = $"Data Source={Path.Combine(sqliteFolder, "mailscope.db")}";
            if (!args.Contains("--no-sqlite"))
            {
                await MeasureAsync(output, "SQLite", new SqliteSyncStore(sqlite), () => new SqliteConnection(sqlite), book, bookPath,
                new() { ["MailScope__DataFolder"] = sqliteFolder });
            }

            if (!args.Contains("--no-postgres"))
            {
                var cluster = new PostgresCluster();
                await cluster.InitializeAsync();
                try
                {
                    var pg = await cluster.NewDatabaseAsync();
                    await MeasureAsync(output, "PostgreSQL", new PostgresSyncStore(pg), () => new NpgsqlConnection(pg), book, bookPath, new()
                    {
                        ["MailScope__DataFolder"] = Path.Combine(folder, "pgdata"),
                        ["MailScope__Storage__Provider"] = "PostgreSql",
                        ["MailScope__Storage__ConnectionString"] = pg,
                    });
                }
                finally
                {
                    await cluster.DisposeAsync();
                }
            }

            await ApiAsync(output, bookPath, sqliteFolder);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(
        TextWriter output, string name, SqlSyncStore store, Func<DbConnection> connect, ScopeBook book, string bookPath, Dictionary<string, string> environment)
    {
        var fill = Stopwatch.StartNew();
        await FillAsync(store, connect);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: store filled in {fill.Elapsed.TotalSeconds:F1} s"));
        var reports = new InsightsReports(store, new ScopeJudge(book), TimeProvider.System);
        await reports.BuildAsync(First, Last, null, CancellationToken.None); // warm-up
        var times = new List<double>();
        InsightsReport? report = null;
        // CPU time beside wall time: on a machine shared by several builds, wall time mostly measures the queue.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            report = await reports.BuildAsync(First, Last, null, CancellationToken.None);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 7;

        times.Sort();
        // Where the time goes: the store's queries, then the builder over what they returned.
        var read = Stopwatch.StartNew();
        var input = await store.ReadInsightsAsync(First, Last, null, CancellationToken.None);
        var readMs = read.Elapsed.TotalMilliseconds;
        var build = Stopwatch.StartNew();
        InsightsBuilder.Build(book, input, First, Last, null);
        var buildMs = build.Elapsed.TotalMilliseconds;
        var one = Stopwatch.StartNew();
        await reports.BuildAsync(First, Last, "client-07", CancellationToken.None);
        var oneMs = one.Elapsed.TotalMilliseconds;
        var process = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            var (exit, processCpu) = await RunWorkerAsync(bookPath, environment, "report", "--json", "--since", $"{First:yyyy-MM-dd}", "--until", $"{Last:yyyy-MM-dd}");
            process.Add((clock.Elapsed.TotalMilliseconds, processCpu));
            if (exit != 0)
            {
                throw new InvalidOperationException($"report exited {exit}");
            }
        }

        process.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: report in process median {times[3]:F0} ms, worst {times[^1]:F0} ms, CPU {cpuMs:F0} ms per report (queries {readMs:F0} ms + building {buildMs:F0} ms; {report!.Totals.Asks.Values.Sum():N0} asks, {input.CreepAsks.Count:N0} creep asks, {report.Totals.Recurring.Count} recurring extras); one client {oneMs:F0} ms; `report --json` process median {process[1].Wall:F0} ms wall, {process[1].Cpu:F0} ms CPU (start-up included; target <= 1000 ms)"));
    }

    /// <summary>The store as a year of syncs leaves it, written through the sync's own SaveAsync in batches of 500.</summary>
    private static async Task FillAsync(SqlSyncStore store, Func<DbConnection> connect)
    {
        await store.InitializeAsync(CancellationToken.None);
        var random = new Random(12);
        var span = Last.DayNumber - First.DayNumber;
        var batch = new List<MessageRecord>(500);
        for (var i = 0; i < Messages; i++)
        {
            var client = $"client-{(i % Clients):00}";
            var day = First.AddDays(random.Next(span + 1));
            var asks = new List<RecordedAsk>();
            var count = random.NextDouble() < 0.08 ? 0 : random.NextDouble() < 0.7 ? 1 : 2;
            for (var a = 0; a < count; a++)
            {
                asks.Add(random.NextDouble() switch
                {
                    < 0.60 => new RecordedAsk("in_scope", "coaching-call", "deliverable", "call coach", "Can we book our next coaching call?"),
                    < 0.72 => new RecordedAsk("over_quota", "coaching-call", "deliverable", "call coach", "Could we book one more coaching call?"),
                    < 0.82 => new RecordedAsk("out_of_scope", "addon-" + random.Next(5), "addon", "addon", "Could you add the extra?"),
                    < 0.95 => Unmatched(Extras[random.Next(Extras.Length)] + (random.Next(4) == 0 ? " Thanks!" : string.Empty)),
                    _ => new RecordedAsk("outside_expertise", "Sam Patel", "referral", "logo", "Could you design a logo?"),
                });
            }

            var verdict = asks.Count == 0 ? "no_request" : asks.Select(x => VerdictNames.FromWire(x.Verdict)!.Value).Max().ToWire();
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddSeconds(i % 3600);
            batch.Add(new MessageRecord($"<m{i}@bench.example>", i.ToString(CultureInfo.InvariantCulture), verdict, client,
                VerdictNames.FromWire(verdict)!.Value.IsFlagged(), DraftState.None, null, at)
            {
                ReceivedAt = at,
                Subject = "Message " + i.ToString(CultureInfo.InvariantCulture),
                Asks = asks,
            });
            if (batch.Count == 500)
            {
                await store.SaveAsync("bench", batch, null, CancellationToken.None);
                batch.Clear();
            }
        }

        await store.SaveAsync("bench", batch, null, CancellationToken.None);
        await using var connection = connect();
        await connection.OpenAsync();
        for (var i = 0; i < 2000; i++)
        {
            var day = First.AddDays(random.Next(span + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var client = $"client-{(i % Clients):00}";
            var status = (i % 4) switch { 0 => "accepted", 1 => "declined", 2 => "drafted", _ => "expired" };
            await EngagementSeeder.QuoteAsync(connection, $"Q-B-{i:00000}", client, status, (100 + (i % 7 * 50)).ToString(CultureInfo.InvariantCulture), day);
            await EngagementSeeder.LedgerAsync(connection, client, i % 3 == 0 ? "addon-1" : "coaching-call", 1 + (i % 2), day, i % 2 == 0 ? "goodwill" : "delivered", i % 5 == 0 ? null : "75");
        }
    }

    private static RecordedAsk Unmatched(string text) => new("out_of_scope", null, "none", AskTopic.KeyOf(text), text);

    /// <summary>The Insights API (cached after its first answer) against a static file, same host, same client.</summary>
    private static async Task ApiAsync(TextWriter output, string bookPath, string dataFolder)
    {
        var port = LoopbackPort.Free();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        using var host = AddInBench.StartHost(baseUrl, dataFolder, bookPath, Last);
        try
        {
            using var client = new HttpClient { BaseAddress = baseUrl };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
            await AddInBench.WaitAsync(client);
            var insights = $"api/insights?since={First:yyyy-MM-dd}&until={Last:yyyy-MM-dd}";
            var cold = Stopwatch.StartNew();
            using (var first = await client.GetAsync(insights))
            {
                if (first.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"/api/insights: {first.StatusCode}");
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GET /api/insights, first (uncached) answer over SQLite: {cold.Elapsed.TotalMilliseconds:F0} ms"));
            output.WriteLine("endpoint                      p50 ms   p99 ms   req/s   p50 ratio  p99 ratio");
            await AddInBench.MeasureAsync(output, [
                ("GET /taskpane.css (static)", () => client.GetAsync("taskpane.css")),
                ("GET /api/insights", () => client.GetAsync(insights)),
            ]);
            output.WriteLine("target: insights p99 <= 5x the static file");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    /// <summary>Runs the worker under /usr/bin/time; returns its exit code and the CPU time (user + system) it used.</summary>
    private static async Task<(int Exit, double CpuMs)> RunWorkerAsync(string bookPath, Dictionary<string, string> environment, params string[] args)
    {
        var timing = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var a in new[] { "-o", timing, "-f", "%U %S", "dotnet", WorkerBinary.Path }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["MailScope__ScopeBook"] = bookPath;
        start.Environment["MailScope__Today"] = $"{Last:yyyy-MM-dd}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(await stderr);
        }

        var seconds = (await File.ReadAllTextAsync(timing)).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => double.TryParse(t, CultureInfo.InvariantCulture, out var v) ? v : 0).Sum();
        File.Delete(timing);
        return (process.ExitCode, seconds * 1000);
    }

    private static string Book()
    {
        var clients = string.Join('\n', Enumerable.Range(0, Clients).Select(i =>
            $"  - {{ id: client-{i:00}, name: Client {i:00}, emails: [c{i}@client{i}.example], package: kickstart, start: 2025-11-01, end: 2027-{1 + (i % 12):00}-28, used: {{ coaching-call: {i % 5} }} }}"));
        var addons = string.Join('\n', Enumerable.Range(0, 5).Select(i => $"  - {{ id: addon-{i}, name: Add-on {i}, price: {100 + (i * 20)} }}"));
        return $$"""
            provider:
              name: Bench Coaching
              email: bench@coach.example
              currency: USD
              hourly_rate: 150
              expertise: [career coaching]
              referrals:
                - { name: Sam Patel, email: sam@patel.example, expertise: [logo design] }
            packages:
              - id: kickstart
                name: Career Kickstart
                price: 900
                deliverables:
                  - { id: coaching-call, name: 60-minute coaching call, quantity: 4, unit: call }
                  - { id: resume-review, name: Resume review, quantity: 1 }
            addons:
            {{addons}}
            retainers:
              - { id: maintenance, name: Career Maintenance, monthly_price: 300, allowance: Two calls a month }
            clients:
            {{clients}}
            """;
    }
}
