using System.Text.Json;

namespace MailScope.Worker.Tests.Agreements;

/// <summary><c>agreement</c> and <c>ledger</c> on the command line: the contract's JSON, usage after an entry, and bad input → exit 2 naming it.</summary>
public sealed class AgreementCliTests
{
    private static readonly string Book = Path.Combine(RepoPaths.Root, "tests", "MailScope.Worker.Tests", "Agreements", "agreements-book.yaml");

    private static Dictionary<string, string> Environment(TempFolder folder, string? book = null) => new()
    {
        ["MailScope__ScopeBook"] = book ?? Book,
        ["MailScope__Today"] = "2026-12-15",
        ["MailScope__DataFolder"] = Path.Combine(folder.Path, "data"),
    };

    private static Task<WorkerProcess.Result> RunAsync(TempFolder folder, params string[] args) => WorkerProcess.RunAsync(Environment(folder), folder.Path, args);

    [Fact]
    public async Task Ledger_add_changes_the_agreement_and_ledger_list_writes_the_contracts_json()
    {
        using var folder = new TempFolder();

        var added = await RunAsync(folder, "ledger", "add", "jo-park", "short-call", "--date", "2026-12-02", "--note", "Tuesday call");
        var goodwill = await RunAsync(folder, "ledger", "add", "alex-kim", "coaching-call", "--units", "2", "--kind", "goodwill");
        var list = await RunAsync(folder, "ledger", "list", "--json");
        var jo = await RunAsync(folder, "ledger", "list", "jo-park", "--json");
        var agreement = await RunAsync(folder, "agreement", "jo-park", "--json");

        Assert.True(added.ExitCode == 0, added.Output);
        Assert.Contains("30-minute call: 1 of 2 used this month, 1 left.", added.StdOut, StringComparison.Ordinal);
        Assert.True(goodwill.ExitCode == 0, goodwill.Output);
        Assert.Contains("60-minute coaching call: 4 of 4 used, 0 left.", goodwill.StdOut, StringComparison.Ordinal);
        Assert.True(list.ExitCode == 0, list.Output);
        using var all = JsonDocument.Parse(list.StdOut);
        Assert.Equal(2, all.RootElement.GetArrayLength());
        var first = all.RootElement[0];
        Assert.Equal(["client", "item", "units", "date", "kind", "source", "note"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("jo-park", "short-call", 1, "2026-12-02", "delivered", "cli", "Tuesday call"),
            (first.GetProperty("client").GetString(), first.GetProperty("item").GetString(), first.GetProperty("units").GetInt32(), first.GetProperty("date").GetString(),
             first.GetProperty("kind").GetString(), first.GetProperty("source").GetString(), first.GetProperty("note").GetString()));
        var second = all.RootElement[1];
        Assert.Equal(("2026-12-15", "goodwill", 2, JsonValueKind.Null), (second.GetProperty("date").GetString(), second.GetProperty("kind").GetString(), second.GetProperty("units").GetInt32(), second.GetProperty("note").ValueKind));
        Assert.Equal(1, JsonDocument.Parse(jo.StdOut).RootElement.GetArrayLength());
        using var doc = JsonDocument.Parse(agreement.StdOut);
        var call = doc.RootElement.GetProperty("deliverables").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "short-call");
        Assert.Equal((2, 1, 1, "month", "2026-12-01"), (call.GetProperty("quantity").GetInt32(), call.GetProperty("used").GetInt32(), call.GetProperty("left").GetInt32(),
            call.GetProperty("per").GetString(), call.GetProperty("period_start").GetString()));
        Assert.Equal("maintenance", doc.RootElement.GetProperty("retainer").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Scan_with_store_counts_the_ledger_and_without_it_the_book_alone()
    {
        using var folder = new TempFolder();
        var mail = folder.File("call.eml");
        await File.WriteAllTextAsync(mail, "From: jo@park.example\r\nTo: dana@reyescoaching.com\r\nSubject: call\r\nDate: Mon, 14 Dec 2026 09:00:00 +0000\r\n" +
            "Message-ID: <scan-call@park.example>\r\n\r\nCould we schedule a catch-up call next week?\r\n");
        Assert.Equal(0, (await RunAsync(folder, "ledger", "add", "jo-park", "short-call", "--date", "2026-12-02")).ExitCode);
        Assert.Equal(0, (await RunAsync(folder, "ledger", "add", "jo-park", "short-call", "--date", "2026-12-03")).ExitCode);

        var withStore = await RunAsync(folder, "scan", "--scope", Book, "--json", "--store", mail);
        var bookAlone = await RunAsync(folder, "scan", "--scope", Book, "--json", mail);

        Assert.True(withStore.ExitCode == 0, withStore.Output);
        Assert.Equal("over_quota", JsonDocument.Parse(withStore.Lines[0]).RootElement.GetProperty("verdict").GetString());
        Assert.Equal("in_scope", JsonDocument.Parse(bookAlone.Lines[0]).RootElement.GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData(new[] { "ledger", "add", "bob", "short-call" }, "unknown client 'bob'")]
    [InlineData(new[] { "ledger", "add", "jo-park", "logo" }, "unknown item 'logo' for client 'jo-park'")]
    [InlineData(new[] { "ledger", "add", "jo-park", "short-call", "--units", "0" }, "--units: '0'")]
    [InlineData(new[] { "ledger", "add", "jo-park", "short-call", "--units", "two" }, "--units: 'two'")]
    [InlineData(new[] { "ledger", "add", "jo-park", "short-call", "--date", "2026-02-30" }, "--date: '2026-02-30'")]
    [InlineData(new[] { "ledger", "add", "jo-park", "short-call", "--kind", "purchased" }, "--kind: 'purchased'")]
    [InlineData(new[] { "ledger", "list", "bob" }, "unknown client 'bob'")]
    [InlineData(new[] { "agreement", "bob" }, "unknown client 'bob'")]
    [InlineData(new[] { "agreement", "jo-park", "--date", "soon" }, "--date: 'soon'")]
    public async Task Bad_input_exits_2_naming_it_and_records_nothing(string[] args, string message)
    {
        using var folder = new TempFolder();

        var result = await RunAsync(folder, args);

        Assert.True(result.ExitCode == 2, result.Output);
        Assert.Contains(message, result.StdErr, StringComparison.Ordinal);
        var list = await RunAsync(folder, "ledger", "list", "--json");
        Assert.Equal(0, JsonDocument.Parse(list.StdOut).RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("per: week", "per: fortnight", "packages[2].deliverables[0].per", "expected engagement, month or week, got 'fortnight'")]
    [InlineData("retainer_start: 2026-12-01", "retainer_start: soon", "clients[1].retainer_start", "got 'soon'")]
    [InlineData("package: weekly", "package: 5", "clients[2].package", "got the number 5")]
    public async Task A_version_2_field_of_the_wrong_type_exits_2_with_file_line_and_field(string good, string bad, string field, string message)
    {
        using var folder = new TempFolder();
        var text = await File.ReadAllTextAsync(Book);
        var line = text.Split('\n').TakeWhile(l => !l.Contains(good, StringComparison.Ordinal)).Count() + 1;
        var book = folder.File("book.yaml");
        await File.WriteAllTextAsync(book, text.Replace(good, bad, StringComparison.Ordinal));

        var result = await WorkerProcess.RunAsync(Environment(folder, book), folder.Path, "agreement", "jo-park");

        Assert.True(result.ExitCode == 2, result.Output);
        Assert.Contains($"{book}:{line}:", result.StdErr, StringComparison.Ordinal);
        Assert.Contains($"{field}: ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains(message, result.StdErr, StringComparison.Ordinal);
    }
}
