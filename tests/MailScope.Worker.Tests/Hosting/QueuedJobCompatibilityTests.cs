using Microsoft.Data.Sqlite;

namespace MailScope.Worker.Tests.Hosting;

/// <summary>
/// Hangfire stores a job's type and assembly names. A job queued by an earlier MailScope (the fixture: a
/// SQLite job store in which the main branch of 2026-12-01 queued "sync mailbox legacy" as
/// <c>MailScope.Worker.Scheduling.MailboxSyncJob, MailScope.Worker</c>) still runs after the move of the
/// shared code into its own library.
/// </summary>
public sealed class QueuedJobCompatibilityTests
{
    [Fact]
    public async Task A_sync_job_queued_by_the_earlier_layout_runs_and_succeeds()
    {
        using var folder = new TempFolder();
        var data = Directory.CreateDirectory(folder.File("data")).FullName;
        var jobs = Path.Combine(data, "mailscope-jobs.db");
        File.Copy(RepoPaths.Of("tests", "MailScope.Worker.Tests", "Fixtures", "jobs-queued-by-2026-12-01-main.db"), jobs);
        Assert.Equal("Enqueued", await StateOfFirstJobAsync(jobs));
        var maildir = folder.File("maildir");
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        File.Copy(Directory.GetFiles(RepoPaths.Of("samples", "mailbox"), "*.eml").Order(StringComparer.Ordinal).First(), Path.Combine(maildir, "new", "1.legacy"));
        var environment = new Dictionary<string, string>
        {
            ["MailScope__ScopeBook"] = RepoPaths.Of("samples", "scope-book.yaml"),
            ["MailScope__Today"] = "2026-11-27",
            ["MailScope__DataFolder"] = data,
            ["MailScope__Mailboxes__0__Name"] = "legacy",
            ["MailScope__Mailboxes__0__Kind"] = "Maildir",
            ["MailScope__Mailboxes__0__Maildir__Path"] = maildir,
        };

        using var worker = WorkerProcess.Start(environment, folder.Path, "run");
        var stdout = worker.StandardOutput.ReadToEndAsync();
        var stderr = worker.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        string? state = null;
        while (DateTime.UtcNow < deadline && !worker.HasExited && (state = await StateOfFirstJobAsync(jobs)) != "Succeeded")
        {
            await Task.Delay(200);
        }

        await WorkerProcess.TerminateAsync(worker, TimeSpan.FromSeconds(90));
        // A job whose type no longer resolves ends "Failed" (or stays queued): "Succeeded" means it ran.
        Assert.True(state == "Succeeded", $"the queued job is {state}: {await stdout}{await stderr}");
    }

    private static async Task<string?> StateOfFirstJobAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT StateName FROM Job WHERE Id = 1";
        return await command.ExecuteScalarAsync() as string;
    }
}
