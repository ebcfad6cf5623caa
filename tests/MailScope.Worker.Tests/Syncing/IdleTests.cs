using System.Globalization;
using System.Text;
using MailScope.Tooling.Servers;
using MailScope.Worker.Tests.Servers;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>`run` watches an IMAP mailbox with IDLE and syncs within seconds of new mail, not at the next schedule.</summary>
[Collection(DovecotServers.Name)]
public sealed class IdleTests(DovecotFixture server)
{
    [Fact]
    public async Task New_mail_wakes_a_sync_within_seconds()
    {
        var mail = LabelledMail.Load("career-coach");
        var user = server.NewUser();
        await server.AppendAsync(user, mail.Messages.Take(3).Select(m => m.Message));
        var env = server.MailboxEnvironment(user, name: "watched");
        env["MailScope__Mailboxes__0__SyncMinutes"] = "60";
        using var harness = new SyncHarness(mail.ScopeBook, env, drafts: false);
        using var worker = WorkerProcess.Start(harness.Environment, harness.WorkingDirectory, "run");
        var output = new StringBuilder();
        var syncs = 0;
        var firstSync = new TaskCompletionSource();
        var secondSync = new TaskCompletionSource();
        worker.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("watched: sync done", StringComparison.Ordinal) == true)
            {
                (Interlocked.Increment(ref syncs) == 1 ? firstSync : secondSync).TrySetResult();
            }
        };
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        try
        {
            Assert.True(await Task.WhenAny(firstSync.Task, Task.Delay(TimeSpan.FromSeconds(60))) == firstSync.Task, "no first sync: " + output);
            await Task.Delay(TimeSpan.FromSeconds(2)); // let the watcher enter IDLE
            var newcomer = mail.Messages.Skip(3).First(m => LabelledMail.IsFlagged(m.Verdict)).Message;

            await server.AppendAsync(user, [newcomer]);

            Assert.True(await Task.WhenAny(secondSync.Task, Task.Delay(TimeSpan.FromSeconds(30))) == secondSync.Task, "new mail did not wake a sync: " + output);
            var text = output.ToString();
            Assert.Contains("watched: new mail; starting a sync", text, StringComparison.Ordinal);
            var snapshot = await ImapSnapshot.TakeAsync(server, user);
            Assert.Contains("$ScopeCreep", snapshot.Messages[newcomer.MessageId!].Keywords, StringComparison.Ordinal);
        }
        finally
        {
            await WorkerProcess.TerminateAsync(worker, TimeSpan.FromSeconds(90));
        }
    }
}
