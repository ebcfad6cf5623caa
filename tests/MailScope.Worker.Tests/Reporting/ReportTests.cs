using System.Diagnostics;
using System.Text.Json.Nodes;
using MailScope.Infrastructure.Storage;
using MailScope.Tooling.Insights;
using MailScope.Worker.Tests.Servers;
using MailScope.Worker.Tests.Syncing;

namespace MailScope.Worker.Tests.Reporting;

/// <summary>
/// <c>report</c> over a store filled by real syncs of <see cref="PlantedMailbox"/>: the first drafts replies
/// with numbered quotes, the clients' answers in those threads (<see cref="PlantedMailbox.Answers"/>) accept or
/// decline some on the second, goodwill goes through <c>ledger add</c>. The JSON is exactly the planted truth on
/// SQLite and PostgreSQL, the CSV read by Python's csv module gives the same numbers, bad input exits 2 naming it.
/// </summary>
public sealed class ReportTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string Range = "--since 2026-09-01 --until 2026-11-27";

    /// <summary>
    /// The planted truth, written by hand from the mailbox, the answers and the ledger entries. Every quote is
    /// created on the day of the sync (2026-11-27), so the ask before the range has its quote in it (Alex's
    /// four). accepted_value is null here: it is the sum of the accepted quotes' totals as the worker drafted
    /// them, filled in by <see cref="ExpectedAsync"/>.
    /// </summary>
    private const string Truth = """
        {
          "from": "2026-09-01", "until": "2026-11-27",
          "clients": [
            { "client": "alex-kim", "asks": { "in_scope": 0, "over_quota": 3, "out_of_scope": 0, "outside_expertise": 1 }, "flagged": 4,
              "quotes": { "drafted": 4, "accepted": 1, "declined": 1, "accepted_value": null }, "goodwill": { "units": 1, "value": 150 },
              "recurring": [ { "item": "coaching-call", "kind": "over_quota", "count": 3, "first": "2026-09-10", "last": "2026-11-16" } ],
              "suggestions": [ "Alex Kim has almost used up their package and they asked for extras 3 times since 2026-09-10: offer the retainer (Career Maintenance, 300 USD a month) before it runs out." ] },
            { "client": "priya-nair", "asks": { "in_scope": 1, "over_quota": 0, "out_of_scope": 2, "outside_expertise": 0 }, "flagged": 2,
              "quotes": { "drafted": 2, "accepted": 1, "declined": 0, "accepted_value": null }, "goodwill": { "units": 1, "value": 120 },
              "recurring": [ { "item": "cover-letter", "kind": "out_of_scope", "count": 2, "first": "2026-09-15", "last": "2026-11-02" } ],
              "suggestions": [ "Priya Nair's package ends on 2026-12-15 and they asked for extras 2 times since 2026-09-15: offer the retainer (Career Maintenance, 300 USD a month) before it runs out." ] },
            { "client": "sam-ortiz", "asks": { "in_scope": 1, "over_quota": 0, "out_of_scope": 2, "outside_expertise": 0 }, "flagged": 2,
              "quotes": { "drafted": 2, "accepted": 0, "declined": 0, "accepted_value": null }, "goodwill": { "units": 0, "value": 0 },
              "recurring": [], "suggestions": [] },
            { "client": "mia-chen", "asks": { "in_scope": 2, "over_quota": 0, "out_of_scope": 3, "outside_expertise": 0 }, "flagged": 3,
              "quotes": { "drafted": 3, "accepted": 1, "declined": 1, "accepted_value": null }, "goodwill": { "units": 0, "value": 0 },
              "recurring": [],
              "suggestions": [ "Mia Chen asked for extras 3 times since 2026-09-25: offer the retainer (Career Maintenance, 300 USD a month)." ] }
          ],
          "totals": { "asks": { "in_scope": 4, "over_quota": 3, "out_of_scope": 7, "outside_expertise": 1 }, "flagged": 11,
            "quotes": { "drafted": 11, "accepted": 3, "declined": 2, "accepted_value": null }, "goodwill": { "units": 2, "value": 270 },
            "recurring": [
              { "item": "cover-letter", "kind": "out_of_scope", "count": 4, "first": "2026-09-15", "last": "2026-11-20" },
              { "item": "coaching-call", "kind": "over_quota", "count": 3, "first": "2026-09-10", "last": "2026-11-16" },
              { "item": "intro video podcast", "kind": "out_of_scope", "count": 2, "first": "2026-10-20", "last": "2026-11-10" } ] },
          "suggestions": [
            "Alex Kim has almost used up their package and they asked for extras 3 times since 2026-09-10: offer the retainer (Career Maintenance, 300 USD a month) before it runs out.",
            "Priya Nair's package ends on 2026-12-15 and they asked for extras 2 times since 2026-09-15: offer the retainer (Career Maintenance, 300 USD a month) before it runs out.",
            "Mia Chen asked for extras 3 times since 2026-09-25: offer the retainer (Career Maintenance, 300 USD a month).",
            "3 clients asked for Cover letter review: add it to a package and reprice." ]
        }
        """;

    [Fact]
    public async Task Report_json_of_a_synced_three_month_mailbox_is_the_planted_truth_on_SQLite_and_the_csv_gives_the_same_numbers()
    {
        using var folder = new TempFolder();
        using var harness = await SyncedAsync(folder, null);

        var json = await harness.RunAsync(["report", "--json", .. Range.Split(' ')]);

        Assert.True(json.ExitCode == 0, json.Output);
        var report = JsonNode.Parse(json.StdOut)!;
        Assert.True(JsonNode.DeepEquals(harness.Expected, report), $"expected {harness.Expected.ToJsonString()}\nactual   {report.ToJsonString()}");

        var csv = await harness.RunAsync(["report", "--csv", .. Range.Split(' ')]);
        Assert.True(csv.ExitCode == 0, csv.Output);
        AssertCsvMatches(report, await PythonCsvAsync(csv.StdOut));
    }

    [Fact]
    public async Task Report_json_is_the_same_planted_truth_on_PostgreSQL()
    {
        using var folder = new TempFolder();
        using var harness = await SyncedAsync(folder, await postgres.NewDatabaseAsync());

        var json = await harness.RunAsync(["report", "--json", .. Range.Split(' ')]);

        Assert.True(json.ExitCode == 0, json.Output);
        Assert.True(JsonNode.DeepEquals(harness.Expected, JsonNode.Parse(json.StdOut)), $"expected {harness.Expected.ToJsonString()}\nactual   {json.StdOut}");
    }

    [Fact]
    public async Task One_client_and_bad_input_a_date_that_is_none_or_an_unknown_client_exit_2_naming_it()
    {
        using var folder = new TempFolder();
        using var harness = await SyncedAsync(folder, null);

        var one = await harness.RunAsync(["report", "--json", "--client", "priya-nair", .. Range.Split(' ')]);
        var badDate = await harness.RunAsync(["report", "--since", "last-week"]);
        var badClient = await harness.RunAsync(["report", "--client", "nobody"]);
        var table = await harness.RunAsync(["report", .. Range.Split(' ')]);

        Assert.True(one.ExitCode == 0, one.Output);
        var only = JsonNode.Parse(one.StdOut)!;
        Assert.Equal(harness.Expected["clients"]![1]!.ToJsonString(), only["clients"]!.AsArray().Single()!.ToJsonString());
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("--since: 'last-week' is not a date", badDate.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, badClient.ExitCode);
        Assert.Contains("--client: no client 'nobody'", badClient.StdErr, StringComparison.Ordinal);
        Assert.True(table.ExitCode == 0, table.Output);
        Assert.Contains("3 clients asked for Cover letter review", table.StdOut, StringComparison.Ordinal);
    }

    /// <summary>
    /// Syncs the planted mailbox with drafts on, answers the planted quotes in their threads and syncs again,
    /// records goodwill and deliveries with <c>ledger add</c>; returns the harness and the expected report.
    /// </summary>
    private static async Task<Reported> SyncedAsync(TempFolder folder, string? postgresConnection)
    {
        var (book, maildir) = PlantedMailbox.Write(folder.Path);
        var harness = new SyncHarness(book, new Dictionary<string, string>
        {
            ["MailScope__Mailboxes__0__Name"] = "planted",
            ["MailScope__Mailboxes__0__Kind"] = "Maildir",
            ["MailScope__Mailboxes__0__Maildir__Path"] = maildir,
        });
        var reported = new Reported(harness);
        SqlSyncStore store = postgresConnection is null ? harness.Store() : harness.UsePostgreSql(postgresConnection);

        var first = await harness.SyncAsync();
        Assert.True(first.ExitCode == 0, first.Output);
        var drafted = await QuotesListAsync(reported);
        Assert.All(drafted.Values, q => Assert.Equal("drafted", q.Status));
        var quotes = await new SqlQuoteBook(store).ListAsync(null, null, CancellationToken.None);
        var answered = new Dictionary<string, string>(StringComparer.Ordinal); // quote number -> planted status
        foreach (var (index, answer) in PlantedMailbox.Answers)
        {
            var quote = Assert.Single(quotes, q => q.AnsweredMessageId == PlantedMailbox.MessageIdOf(index));
            Assert.False(string.IsNullOrEmpty(quote.ReplyMessageId), $"quote {quote.Number} keeps no reply Message-ID");
            PlantedMailbox.WriteAnswer(maildir, index, quote.ReplyMessageId!);
            answered[quote.Number] = answer.Text.StartsWith("Yes", StringComparison.Ordinal) ? "accepted" : "declined";
        }

        var second = await harness.SyncAsync();
        Assert.True(second.ExitCode == 0, second.Output);
        var decided = await QuotesListAsync(reported);
        Assert.Equal(drafted.Keys, decided.Keys);
        Assert.All(decided, q => Assert.Equal(answered.GetValueOrDefault(q.Key, "drafted"), q.Value.Status));

        // Goodwill without a value is priced by the report: the add-on's price, else the hourly rate.
        string[][] ledger =
        [
            ["alex-kim", "coaching-call", "--kind", "goodwill", "--date", "2026-10-13"],
            ["priya-nair", "cover-letter", "--kind", "goodwill", "--date", "2026-09-16"],
            ["mia-chen", "cover-letter", "--kind", "goodwill", "--date", "2026-08-30"], // before the range
            ["mia-chen", "coaching-call", "--units", "2", "--date", "2026-10-15"], // delivered: not goodwill
        ];
        foreach (var entry in ledger)
        {
            var added = await reported.RunAsync(["ledger", "add", .. entry]);
            Assert.True(added.ExitCode == 0, added.Output);
        }

        reported.Expected = Expected(answered.Where(a => a.Value == "accepted").Select(a => drafted[a.Key]).ToList());
        return reported;
    }

    /// <summary>The truth with accepted_value filled in from the accepted quotes' totals as drafted.</summary>
    private static JsonNode Expected(IReadOnlyList<ListedQuote> accepted)
    {
        var truth = JsonNode.Parse(Truth)!;
        foreach (var client in truth["clients"]!.AsArray())
        {
            var id = (string)client!["client"]!;
            client["quotes"]!["accepted_value"] = accepted.Where(q => q.Client == id).Sum(q => q.Total);
        }

        truth["totals"]!["quotes"]!["accepted_value"] = accepted.Sum(q => q.Total);
        return truth;
    }

    /// <summary><c>quotes list --json</c> by number.</summary>
    private static async Task<Dictionary<string, ListedQuote>> QuotesListAsync(Reported harness)
    {
        var listed = await harness.RunAsync(["quotes", "list", "--json"]);
        Assert.True(listed.ExitCode == 0, listed.Output);
        return JsonNode.Parse(listed.StdOut)!.AsArray().ToDictionary(
            q => (string)q!["number"]!,
            q => new ListedQuote((string)q!["client"]!, (string)q["status"]!, (decimal)q["total"]!),
            StringComparer.Ordinal);
    }

    private static void AssertCsvMatches(JsonNode report, JsonNode csv)
    {
        var rows = report["clients"]!.AsArray().Select(c => (Id: (string)c!["client"]!, Figures: c)).Append((Id: "total", Figures: report["totals"]!)).ToList();
        Assert.Equal(rows.Select(r => r.Id), csv.AsObject().Select(p => p.Key));
        foreach (var (id, figures) in rows)
        {
            var row = csv[id]!;
            foreach (var verdict in new[] { "in_scope", "over_quota", "out_of_scope", "outside_expertise" })
            {
                Assert.Equal((decimal)figures!["asks"]![verdict]!, (decimal)row[verdict]!);
            }

            Assert.Equal((decimal)figures!["flagged"]!, (decimal)row["flagged"]!);
            Assert.Equal((decimal)figures["quotes"]!["drafted"]!, (decimal)row["quotes_drafted"]!);
            Assert.Equal((decimal)figures["quotes"]!["accepted"]!, (decimal)row["quotes_accepted"]!);
            Assert.Equal((decimal)figures["quotes"]!["declined"]!, (decimal)row["quotes_declined"]!);
            Assert.Equal((decimal)figures["quotes"]!["accepted_value"]!, (decimal)row["accepted_value"]!);
            Assert.Equal((decimal)figures["goodwill"]!["units"]!, (decimal)row["goodwill_units"]!);
            Assert.Equal((decimal)figures["goodwill"]!["value"]!, (decimal)row["goodwill_value"]!);
            Assert.Equal(figures["recurring"]!.AsArray().Count, (int)row["recurring_items"]!);
        }
    }

    /// <summary>Reads the CSV with Python's csv module: {client: {column: number}} and the count of recurring items.</summary>
    private static async Task<JsonNode> PythonCsvAsync(string csv)
    {
        const string Script = """
            import csv, json, sys
            out = {}
            for row in csv.DictReader(sys.stdin):
                figures = {k: float(v) for k, v in row.items() if k not in ("client", "from", "until", "recurring", "suggestions", "acceptance_rate")}
                figures["recurring_items"] = len([r for r in row["recurring"].split("; ") if r])
                out[row["client"]] = figures
            print(json.dumps(out))
            """;
        var start = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        using var python = Process.Start(start)!;
        await python.StandardInput.WriteAsync(csv);
        python.StandardInput.Close();
        var output = await python.StandardOutput.ReadToEndAsync();
        var error = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, error);
        return JsonNode.Parse(output)!;
    }

    /// <summary>A synced harness that runs other worker commands on the same configuration.</summary>
    private sealed class Reported(SyncHarness harness) : IDisposable
    {
        /// <summary>The report the planted mailbox, answers and ledger must give.</summary>
        public JsonNode Expected { get; set; } = JsonNode.Parse(Truth)!;

        public Task<WorkerProcess.Result> RunAsync(string[] args) => WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, args);

        public void Dispose() => harness.Dispose();
    }

    private sealed record ListedQuote(string Client, string Status, decimal Total);
}
