using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MailScope.Infrastructure.MailReading;
using MailScope.Tooling.Servers;
using MailScope.Worker.Tests.Servers;
using MailScope.Worker.Tests.Syncing;
using MimeKit;

namespace MailScope.Worker.Tests.Parity;

/// <summary>
/// The same mail gets the same verdict and the same asks whichever way it reaches MailScope: <c>scan</c> of
/// the .eml, an IMAP sync, a Graph sync (the stand-in holds what Exchange keeps of it: the decoded body and
/// the internet headers) and the add-in's <c>/api/analyze</c> (what Office.js reads of it).
/// </summary>
[Collection(DovecotServers.Name)]
public sealed class VerdictParityTests(DovecotFixture server) : IAsyncLifetime
{
    private const string Today = "2026-11-27";
    private static readonly string Book = RepoPaths.Of("samples", "scope-book.yaml");
    private GraphStandIn _graph = null!;

    public async Task InitializeAsync() => _graph = await GraphStandIn.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private static IEnumerable<(string Name, byte[] Raw)> Cases()
    {
        static string Alex(string id, string extra = "") =>
            $"From: Alex Kim <alex.kim@example.com>\r\nTo: dana@reyescoaching.com\r\nSubject: {id}\r\nDate: Fri, 20 Nov 2026 09:00:00 +0000\r\nMessage-ID: <{id}@parity.example>\r\n{extra}";
        yield return ("auto-reply", RawMail.Ascii(Alex("auto-reply", "Auto-Submitted: auto-replied\r\n") +
            "Content-Type: text/plain\r\n\r\nI am away until Monday. Could you also design a logo for my side business?\r\n"));
        yield return ("html-only", RawMail.Ascii(Alex("html-only") +
            "Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Hi Dana,</p><p>Could you review my resume one more time?</p><p>Alex</p></body></html>\r\n"));
        yield return ("forward", RawMail.Ascii(Alex("forward") +
            "Content-Type: text/plain\r\n\r\nFYI, see below, nothing needed from you.\r\n\r\n---------- Forwarded message ---------\r\nFrom: Jo <jo@elsewhere.example>\r\nSubject: logo\r\n\r\nCould you design a logo for our bakery?\r\n"));
        yield return ("tnef", RawMail.Tnef(Alex("tnef"), "Could you also design a logo for my side business?"));
        yield return ("latin1", RawMail.Ascii(Alex("latin1") +
            "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCould you review my r=E9sum=E9 one more time? Merci beaucoup, =E0 bient=F4t.\r\n"));
        yield return ("in-scope", RawMail.Ascii(Alex("in-scope") +
            "Content-Type: text/plain\r\n\r\nCan we book our next coaching call for Tuesday at 10?\r\n"));
        // No word of the book or of the field words names it; with the semantic signal it is the tax referral's field.
        yield return ("meaning", RawMail.Ascii(Alex("meaning") +
            "Content-Type: text/plain\r\n\r\nCould you deal with my yearly filing for the revenue office?\r\n"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Scan_IMAP_Graph_and_the_add_in_give_the_same_verdicts_and_asks(bool semantic)
    {
        var cases = Cases().ToList();
        var messages = cases.Select(c => MimeMessage.Load(MimeMessageReader.Options, new MemoryStream(c.Raw))).ToList();

        var scanned = await ScanAsync(cases, semantic);
        var imap = await ImapAsync(messages, semantic);
        var graph = await GraphAsync(messages, semantic);
        var analyzed = await AnalyzeAsync(messages, semantic);
        Assert.Equal(semantic ? "outside_expertise" : "out_of_scope", scanned["<meaning@parity.example>"].Verdict);

        Assert.Equal(cases.Count, scanned.Count);
        // The cases mean something: not all one verdict, and the auto-reply is no ask anywhere.
        Assert.True(scanned.Values.Select(v => v.Verdict).Distinct().Count() >= 3, string.Join(", ", scanned.Values.Select(v => v.Verdict)));
        Assert.Equal("no_request", scanned["<auto-reply@parity.example>"].Verdict);
        foreach (var (key, expected) in scanned)
        {
            Assert.Equal(expected, imap[key]);
            Assert.Equal(expected, graph[key]);
            Assert.Equal(expected, analyzed[key]);
        }
    }

    private static async Task<Dictionary<string, Judged>> ScanAsync(List<(string Name, byte[] Raw)> cases, bool semantic)
    {
        using var folder = new TempFolder();
        foreach (var (name, raw) in cases)
        {
            await File.WriteAllBytesAsync(folder.File(name + ".eml"), raw);
        }

        var result = await WorkerProcess.RunAsync(["scan", "--scope", Book, "--json", "--today", Today, .. semantic ? new[] { "--semantic" } : [], folder.Path]);
        Assert.True(result.ExitCode == 0, result.Output);
        return result.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("message_id").GetString()!, Judged.Of);
    }

    private async Task<Dictionary<string, Judged>> ImapAsync(List<MimeMessage> messages, bool semantic)
    {
        var user = server.NewUser();
        await server.AppendAsync(user, messages);
        return await SyncAsync(WithSemantic(server.MailboxEnvironment(user), semantic), user);
    }

    /// <summary>The setting the worker and the add-in read; <c>scan --semantic</c> is its twin.</summary>
    private static Dictionary<string, string> WithSemantic(IReadOnlyDictionary<string, string> environment, bool semantic)
    {
        var copy = new Dictionary<string, string>(environment);
        if (semantic)
        {
            copy["MailScope__Judgement__Semantic"] = "MiniLm";
        }

        return copy;
    }

    private async Task<Dictionary<string, Judged>> GraphAsync(List<MimeMessage> messages, bool semantic)
    {
        foreach (var message in messages)
        {
            // What Exchange keeps: the decoded body (TNEF unpacked, charset decoded) and the internet headers.
            var inbound = MimeMessageReader.ToInbound(message);
            var from = message.From.Mailboxes.First();
            _graph.Add($"<{message.MessageId}>", message.Subject, from.Name, from.Address,
                inbound.HtmlBody ?? inbound.TextBody ?? string.Empty, inbound.HtmlBody is null ? "text" : "html",
                message.Headers.Select(h => (h.Field, h.Value)));
        }

        var environment = new Dictionary<string, string>
        {
            ["MailScope__Mailboxes__0__Name"] = "m365",
            ["MailScope__Mailboxes__0__Kind"] = "Graph",
            ["MailScope__Mailboxes__0__Graph__BaseUrl"] = _graph.BaseUrl.ToString().TrimEnd('/'),
            ["MailScope__Mailboxes__0__Graph__AccessToken"] = GraphStandIn.Token,
            ["MailScope__Mailboxes__0__Graph__UserId"] = "dana@reyescoaching.com",
        };
        return await SyncAsync(WithSemantic(environment, semantic), "m365");
    }

    private static async Task<Dictionary<string, Judged>> SyncAsync(Dictionary<string, string> mailbox, string name)
    {
        using var harness = new SyncHarness(Book, mailbox, drafts: false);
        var run = await harness.SyncAsync();
        Assert.True(run.ExitCode == 0, run.Output);
        var records = await harness.Store().ListRecordsAsync(name, CancellationToken.None);
        return records.ToDictionary(r => r.MessageKey, r => new Judged(r.Verdict,
            r.Evidence is null ? [] : [.. JsonDocument.Parse(r.Evidence).RootElement.EnumerateArray().Select(e => $"{e.GetProperty("verdict").GetString()}: {e.GetProperty("text").GetString()}")]));
    }

    private static async Task<Dictionary<string, Judged>> AnalyzeAsync(List<MimeMessage> messages, bool semantic)
    {
        using var folder = new TempFolder();
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.Path };
        start.ArgumentList.Add(AddInBinary());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["MailScope__AddIn__ApiKey"] = "parity-key";
        start.Environment["MailScope__AddIn__OfficeJs"] = "None";
        start.Environment["MailScope__ScopeBook"] = Book;
        start.Environment["MailScope__Today"] = Today;
        if (semantic)
        {
            start.Environment["MailScope__Judgement__Semantic"] = "MiniLm";
        }

        start.Environment["MailScope__DataFolder"] = folder.File("data");
        using var host = Process.Start(start)!;
        var output = host.StandardOutput.ReadToEndAsync();
        var errors = host.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            http.DefaultRequestHeaders.Authorization = new("Bearer", "parity-key");
            await HostProbe.WaitUntilUpAsync(http, host, "the add-in host");
            var answers = new Dictionary<string, Judged>();
            foreach (var message in messages)
            {
                // What Office.js reads: the body as HTML (Outlook renders text mail as HTML) and the internet headers.
                var inbound = MimeMessageReader.ToInbound(message);
                var from = message.From.Mailboxes.First();
                using var response = await http.PostAsJsonAsync("/api/analyze", new
                {
                    from = from.Address,
                    fromName = from.Name,
                    subject = message.Subject,
                    bodyType = inbound.HtmlBody is null ? "text" : "html",
                    body = inbound.HtmlBody ?? inbound.TextBody ?? string.Empty,
                    internetMessageId = $"<{message.MessageId}>",
                    internetHeaders = string.Join("\r\n", message.Headers.Select(h => $"{h.Field}: {h.Value}")),
                });
                Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                answers[answer.GetProperty("message_id").GetString()!] = Judged.Of(answer);
            }

            return answers;
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            _ = await output + await errors;
        }
    }


    private static string AddInBinary()
    {
        var worker = new FileInfo(WorkerBinary.Path).Directory!;
        var path = RepoPaths.Of("AddIn", "bin", worker.Parent!.Name, worker.Name, "MailScope.AddIn.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The add-in host is not built: {path} (dotnet build MailScope.sln)", path);
    }

    /// <summary>A verdict and its asks ("verdict: text"), in order.</summary>
    private sealed record Judged(string Verdict, IReadOnlyList<string> Asks)
    {
        public static Judged Of(JsonElement e) => new(e.GetProperty("verdict").GetString()!,
            [.. e.GetProperty("requests").EnumerateArray().Select(r => $"{r.GetProperty("verdict").GetString()}: {r.GetProperty("text").GetString()}")]);

        public bool Equals(Judged? other) => other is not null && Verdict == other.Verdict && Asks.SequenceEqual(other.Asks);

        public override int GetHashCode() => Verdict.GetHashCode(StringComparison.Ordinal);

        public override string ToString() => $"{Verdict} [{string.Join(" | ", Asks)}]";
    }
}
