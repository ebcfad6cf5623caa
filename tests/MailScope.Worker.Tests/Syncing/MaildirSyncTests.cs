using MailScope.Tooling.Servers;
using MailScope.Worker.Tests.Servers;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>The Maildir mailbox and the embedded default (a demo Maildir, SQLite, no account).</summary>
[Collection(DovecotServers.Name)]
public sealed class MaildirSyncTests(DovecotFixture server)
{
    [Fact]
    public async Task With_nothing_configured_sync_runs_the_demo_mailbox_once_and_the_second_time_changes_nothing()
    {
        using var folder = new TempFolder();

        var first = await WorkerProcess.RunAsync(new Dictionary<string, string>(), folder.Path, "sync", "--once");

        Assert.True(first.ExitCode == 0, first.Output);
        var maildir = Path.Combine(folder.Path, "data", "demo-maildir");
        var files = Directory.GetFiles(Path.Combine(maildir, "cur")).Concat(Directory.GetFiles(Path.Combine(maildir, "new"))).ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples", "mailbox"), "*.eml").Length, files.Count);
        var flagged = files.Where(f => Path.GetFileName(f).Contains(":2,", StringComparison.Ordinal) && Path.GetFileName(f).Split(":2,")[1].Contains('F', StringComparison.Ordinal)).ToList();
        Assert.InRange(flagged.Count, 1, files.Count - 1);
        Assert.Equal(flagged.Count, Directory.GetFiles(Path.Combine(maildir, ".Drafts", "cur")).Length);
        Assert.Contains("demo: flagged", first.Output, StringComparison.Ordinal);

        var snapshot = Directory.GetFiles(maildir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var second = await WorkerProcess.RunAsync(new Dictionary<string, string>(), folder.Path, "sync", "--once");

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("0 fetched, 0 judged, 0 flagged, 0 drafted", second.Output, StringComparison.Ordinal);
        Assert.Equal(snapshot, Directory.GetFiles(maildir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Flags_and_keywords_written_into_a_Maildir_are_what_Dovecot_then_serves()
    {
        var mail = LabelledMail.Load("career-coach");
        var user = server.NewUser();
        await server.AppendAsync(user, mail.Messages.Select(m => m.Message));
        var before = await ImapSnapshot.TakeAsync(server, user);
        var env = new Dictionary<string, string>
        {
            ["MailScope__Mailboxes__0__Name"] = "local",
            ["MailScope__Mailboxes__0__Kind"] = "Maildir",
            ["MailScope__Mailboxes__0__Maildir__Path"] = server.MaildirOf(user),
        };
        using var harness = new SyncHarness(mail.ScopeBook, env, drafts: false);

        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var after = await ImapSnapshot.TakeAsync(server, user);
        foreach (var (message, verdict) in mail.Messages)
        {
            var was = before.Messages[message.MessageId!];
            var now = after.Messages[message.MessageId!];
            if (LabelledMail.IsFlagged(verdict))
            {
                Assert.Equal(was.Flags | MailKit.MessageFlags.Flagged, now.Flags);
                Assert.Equal("$ScopeCreep", now.Keywords);
            }
            else
            {
                Assert.Equal(was, now);
            }
        }
    }

    [Fact]
    public async Task Run_serves_the_demo_through_Hangfire_and_stops_cleanly_on_sigterm()
    {
        using var folder = new TempFolder();
        using var worker = WorkerProcess.Start(null, folder.Path, "run");
        var output = new System.Text.StringBuilder();
        var done = new TaskCompletionSource();
        worker.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("demo: sync done", StringComparison.Ordinal) == true)
            {
                done.TrySetResult();
            }
        };
        worker.BeginOutputReadLine();
        var errors = worker.StandardError.ReadToEndAsync();

        var finished = await Task.WhenAny(done.Task, Task.Delay(TimeSpan.FromMinutes(1)));
        // Hangfire lets a running job finish its batch before it stops; give a busy machine time.
        await WorkerProcess.TerminateAsync(worker, TimeSpan.FromSeconds(90));

        Assert.True(finished == done.Task, $"no sync within a minute: {output} {await errors}");
        Assert.Equal(0, worker.ExitCode);
        var text = output.ToString();
        Assert.Contains("demo: flagged", text, StringComparison.Ordinal);
        Assert.Contains("drafted a", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Path, "data", "mailscope-jobs.db")), "Hangfire's job store is missing");
    }
}
