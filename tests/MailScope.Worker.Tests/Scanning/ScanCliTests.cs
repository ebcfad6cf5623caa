using System.Security.Cryptography;
using System.Text.Json;

namespace MailScope.Worker.Tests.Scanning;

/// <summary>The scan command as docs/scan.md specifies it, run as the real executable.</summary>
public class ScanCliTests
{
    private static readonly string Book = RepoPaths.Of("samples", "scope-book.yaml");
    private static readonly string Mailbox = RepoPaths.Of("samples", "mailbox");

    private static readonly Dictionary<string, string> SampleVerdicts = new()
    {
        ["01-alex-another-call.eml"] = "over_quota",
        ["02-alex-logo.eml"] = "outside_expertise",
        ["03-priya-book-call.eml"] = "in_scope",
        ["04-priya-cover-letter.eml"] = "out_of_scope",
        ["05-priya-linkedin.eml"] = "out_of_scope",
        ["06-alex-thanks.eml"] = "no_request",
        ["07-alex-reschedule.eml"] = "in_scope", // moving an included session is an in-scope ask (docs/asks.md)
        ["08-priya-invoice.eml"] = "in_scope", // invoices are admin: an in-scope ask, never creep (docs/asks.md)
        ["09-newsletter.eml"] = "not_a_client",
        ["10-alex-quoted-thread.eml"] = "no_request",
        ["11-priya-resume.eml"] = "in_scope",
        ["12-alex-resume-again.eml"] = "over_quota",
        ["13-jordan-ended.eml"] = "out_of_scope",
        ["14-priya-knows.eml"] = "no_request",
        ["15-alex-taxes.eml"] = "outside_expertise",
        ["16-auto-reply.eml"] = "no_request",
        ["17-alex-html-only.eml"] = "outside_expertise",
        ["18-priya-ps.eml"] = "out_of_scope",
        ["19-dana-self.eml"] = "not_a_client",
        ["20-priya-email-question.eml"] = "in_scope",
    };

    [Fact]
    public async Task Json_prints_one_object_per_message_in_sorted_path_order()
    {
        var result = await WorkerProcess.RunAsync("scan", "--scope", Book, "--json", "--today", "2026-11-27", Mailbox);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Lines;
        Assert.Equal(SampleVerdicts.Count, lines.Length);
        var names = new List<string>();
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.Equal(["source", "message_id", "client", "verdict", "flagged", "requests"], root.EnumerateObject().Select(p => p.Name).Take(6));
            var name = Path.GetFileName(root.GetProperty("source").GetString()!);
            names.Add(name);
            var verdict = root.GetProperty("verdict").GetString();
            Assert.True(SampleVerdicts[name] == verdict, $"{name}: expected {SampleVerdicts[name]}, got {verdict}");
            Assert.Equal(verdict is "over_quota" or "out_of_scope" or "outside_expertise", root.GetProperty("flagged").GetBoolean());
            foreach (var request in root.GetProperty("requests").EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(request.GetProperty("text").GetString()));
                Assert.Contains(request.GetProperty("match").GetProperty("kind").GetString(), new[] { "deliverable", "addon", "package", "referral", "none" });
            }
        }

        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task The_sample_mailbox_shows_every_verdict()
    {
        var result = await WorkerProcess.RunAsync("scan", "--scope", Book, "--json", "--today", "2026-11-27", Mailbox);
        var verdicts = result.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("verdict").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "not_a_client", "no_request", "in_scope", "over_quota", "out_of_scope", "outside_expertise" }, verdicts);
    }

    [Fact]
    public async Task The_contract_example_line_is_reproduced()
    {
        var result = await WorkerProcess.RunAsync("scan", "--scope", Book, "--json", "--today", "2026-11-27", Path.Combine(Mailbox, "02-alex-logo.eml"));
        using var doc = JsonDocument.Parse(Assert.Single(result.Lines));
        var request = Assert.Single(doc.RootElement.GetProperty("requests").EnumerateArray());
        Assert.Equal("alex-kim", doc.RootElement.GetProperty("client").GetString());
        Assert.Equal("Could you also design a logo for it?", request.GetProperty("text").GetString());
        Assert.Equal("referral", request.GetProperty("match").GetProperty("kind").GetString());
        Assert.Equal("Sam Patel", request.GetProperty("match").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Today_moves_the_engagement_window()
    {
        var jordan = Path.Combine(Mailbox, "13-jordan-ended.eml");
        var during = await WorkerProcess.RunAsync("scan", "--scope", Book, "--json", "--today", "2026-10-01", jordan);
        var after = await WorkerProcess.RunAsync("scan", "--scope", Book, "--json", "--today", "2026-11-27", jordan);

        // Jordan used all 10 calls: during the engagement it is over quota, after it out of scope.
        Assert.Contains("\"verdict\":\"over_quota\"", during.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"out_of_scope\"", after.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_json_it_prints_a_table_with_a_summary()
    {
        var result = await WorkerProcess.RunAsync("scan", "--scope", Book, "--today", "2026-11-27", Mailbox);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("VERDICT", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("20 messages, 9 flagged, 0 unreadable.", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_scope_book_exits_2_naming_file_line_and_field()
    {
        using var temp = new TempFolder();
        var book = temp.File("book.yaml");
        await File.WriteAllTextAsync(book, (await File.ReadAllTextAsync(Book)).Replace("package: kickstart", "package: kickstrat", StringComparison.Ordinal));

        var result = await WorkerProcess.RunAsync("scan", "--scope", book, "--json", Mailbox);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdOut);
        Assert.Matches(@"book\.yaml:\d+:\d+: clients\[0\]\.package: 'kickstrat' is not a package id", result.StdErr);
    }

    [Fact]
    public async Task A_missing_input_exits_2_naming_it()
    {
        var result = await WorkerProcess.RunAsync("scan", "--scope", Book, "--json", "/nonexistent/mail");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/mail: no such file or folder", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(result.StdOut);
    }

    [Fact]
    public async Task A_bad_today_exits_2()
    {
        var result = await WorkerProcess.RunAsync("scan", "--scope", Book, "--today", "27/11/2026", Mailbox);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("YYYY-MM-DD", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_input_is_never_changed()
    {
        static string Hash(string dir) => Convert.ToHexString(SHA256.HashData(
            Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .SelectMany(f => File.ReadAllBytes(f).Concat(System.Text.Encoding.UTF8.GetBytes(f))).ToArray()));

        var before = Hash(Mailbox);
        await WorkerProcess.RunAsync("scan", "--scope", Book, "--json", Mailbox);
        Assert.Equal(before, Hash(Mailbox));
    }
}
