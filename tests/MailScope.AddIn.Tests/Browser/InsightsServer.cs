using System.Diagnostics;
using MailScope.Infrastructure.Storage;
using MailScope.Tooling.Insights;
using Microsoft.Data.Sqlite;

namespace MailScope.AddIn.Tests.Browser;

/// <summary>
/// The add-in host over a store the real worker filled by syncing the planted three-month mailbox: the first
/// sync drafts quotes, the clients' planted answers in their threads decide some on the second, goodwill goes
/// through <c>ledger add</c>. The worker's own <c>report --json</c> of the same range is kept to compare the
/// page against.
/// </summary>
public sealed class InsightsServer : IAsyncLifetime
{
    public const string Since = "2026-09-01";
    public const string Until = "2026-11-27";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mailscope-insights-" + Guid.NewGuid().ToString("N")[..10]);
    private AddInServer? _host;

    public Uri BaseUrl => _host!.BaseUrl;

    /// <summary>What <c>report --json --since 2026-09-01 --until 2026-11-27</c> printed.</summary>
    public string ReportJson { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var (book, maildir) = PlantedMailbox.Write(_folder);
        var data = Path.Combine(_folder, "data");
        var environment = new Dictionary<string, string>
        {
            ["MailScope__ScopeBook"] = book,
            ["MailScope__Today"] = Until,
            ["MailScope__DataFolder"] = data,
        };
        var worker = new Dictionary<string, string>(environment)
        {
            ["MailScope__Mailboxes__0__Name"] = "planted",
            ["MailScope__Mailboxes__0__Kind"] = "Maildir",
            ["MailScope__Mailboxes__0__Maildir__Path"] = maildir,
            ["MailScope__Mailboxes__0__CreateDrafts"] = "true",
        };
        await RunWorkerAsync(worker, "sync", "--once");
        var quotes = await new SqlQuoteBook(new SqliteSyncStore($"Data Source={Path.Combine(data, "mailscope.db")}"))
            .ListAsync(null, null, CancellationToken.None);
        foreach (var index in PlantedMailbox.Answers.Keys)
        {
            var quote = quotes.Single(q => q.AnsweredMessageId == PlantedMailbox.MessageIdOf(index));
            PlantedMailbox.WriteAnswer(maildir, index, quote.ReplyMessageId!);
        }

        await RunWorkerAsync(worker, "sync", "--once");
        await RunWorkerAsync(worker, "ledger", "add", "alex-kim", "coaching-call", "--kind", "goodwill", "--date", "2026-10-13");
        await RunWorkerAsync(worker, "ledger", "add", "priya-nair", "cover-letter", "--kind", "goodwill", "--date", "2026-09-16");
        await RunWorkerAsync(worker, "ledger", "add", "mia-chen", "coaching-call", "--units", "2", "--date", "2026-10-15");

        ReportJson = await RunWorkerAsync(worker, "report", "--json", "--since", Since, "--until", Until);
        _host = new AddInServer(environment);
        await _host.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<string> RunWorkerAsync(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add(WorkerBinary.Path);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MailScope__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"worker {string.Join(' ', args)} exited {process.ExitCode}: {await error}");
        }

        return await output;
    }
}
