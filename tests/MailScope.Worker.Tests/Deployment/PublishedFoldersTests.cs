using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MailScope.Worker.Tests.Servers;

namespace MailScope.Worker.Tests.Deployment;

/// <summary>
/// docs/deploy.md as a small business would follow it: both programs published with their linux-x64 profiles
/// (self-contained folders),
/// started from there (no SDK, no repository beside them) against one PostgreSQL store; the worker flags a
/// Maildir's creep and the add-in host serves the task pane and shows what the worker flagged.
/// </summary>
public sealed class PublishedFoldersTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task The_published_worker_flags_a_Maildir_and_the_published_host_serves_the_pane_and_its_flags()
    {
        using var folder = new TempFolder();
        var worker = await PublishAsync("Worker", folder.File("publish-worker"));
        var addin = await PublishAsync("AddIn", folder.File("publish-addin"));
        var maildir = folder.File("maildir");
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        var samples = Directory.GetFiles(RepoPaths.Of("samples", "mailbox"), "*.eml").Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < samples.Count; i++)
        {
            File.Copy(samples[i], Path.Combine(maildir, "new", $"{i}.sample"));
        }

        var environment = new Dictionary<string, string>
        {
            // The sample book as a user would keep their own: a file outside the published folder.
            ["MailScope__ScopeBook"] = RepoPaths.Of("samples", "scope-book.yaml"),
            ["MailScope__Today"] = "2026-11-27",
            ["MailScope__Storage__Provider"] = "PostgreSql",
            ["MailScope__Storage__ConnectionString"] = await postgres.NewDatabaseAsync(),
            ["MailScope__Mailboxes__0__Name"] = "office",
            ["MailScope__Mailboxes__0__Kind"] = "Maildir",
            ["MailScope__Mailboxes__0__Maildir__Path"] = maildir,
            ["MailScope__AddIn__ApiKey"] = "deploy-key",
        };

        var sync = await RunAsync(Path.Combine(worker, "MailScope.Worker"), folder.Path, environment, "sync", "--once");
        Assert.True(sync.ExitCode == 0, sync.Output);
        var flaggedFiles = Directory.GetFiles(Path.Combine(maildir, "cur")).Count(f => Path.GetFileName(f).Split(":2,").ElementAtOrDefault(1)?.Contains('F', StringComparison.Ordinal) == true);
        Assert.InRange(flaggedFiles, 1, samples.Count - 1);

        var port = LoopbackPort.Free();
        using var host = Start(Path.Combine(addin, "MailScope.AddIn"), folder.Path, environment, "--urls", $"http://127.0.0.1:{port}");
        var output = host.StandardOutput.ReadToEndAsync();
        var errors = host.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await HostProbe.WaitUntilUpAsync(http, host, "the published add-in host");
            using var pane = await http.GetAsync("/taskpane.html");
            Assert.True(pane.IsSuccessStatusCode, pane.StatusCode.ToString());
            Assert.Contains("<html", await pane.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            http.DefaultRequestHeaders.Authorization = new("Bearer", "deploy-key");
            using var flagged = JsonDocument.Parse(await http.GetStringAsync("/api/flagged"));
            Assert.Equal(flaggedFiles, flagged.RootElement.GetArrayLength());
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            _ = await output + await errors;
        }
    }

    private static async Task<string> PublishAsync(string project, string output)
    {
        var publish = await RunAsync("dotnet", RepoPaths.Root, null,
            "publish", project, "-p:PublishProfile=linux-x64", "-o", output, "-nologo", "-v", "quiet");
        Assert.True(publish.ExitCode == 0, publish.Output);
        return output;
    }

    private static Process Start(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        // No SDK on a server: the self-contained folder must not need one.
        start.Environment.Remove("DOTNET_ROOT");
        return Process.Start(start)!;
    }

    private static async Task<WorkerProcess.Result> RunAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(program, workingDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return new WorkerProcess.Result(process.ExitCode, await stdout, await stderr);
    }

}
