using MailScope.Tooling.Servers;
using System.Diagnostics;
using MailScope.Core.Sync;
using MailScope.Worker.Tests.Servers;
using MimeKit;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>A sync interrupted the hard ways: the worker killed, the server stopped. Nothing repeats, nothing is skipped.</summary>
[Collection(DovecotServers.Name)]
public sealed class SyncFaultTests(DovecotFixture server)
{
    [Fact]
    public async Task A_worker_killed_in_the_middle_of_2000_messages_finishes_on_restart_without_repeating_a_flag_or_a_draft()
    {
        var mail = LabelledMail.Load("career-coach");
        var messages = mail.Repeated(2000);
        var user = server.NewUser();
        await server.AppendAsync(user, messages.Select(m => m.Message));
        using var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user), batchSize: 50);
        await harness.Store().InitializeAsync(CancellationToken.None);

        using (var worker = harness.StartSync())
        {
            await WaitForRecordsAsync(harness, user, 400, worker);
            worker.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no flush.
            await worker.WaitForExitAsync();
        }

        var partial = await harness.Store().ListRecordsAsync(user, CancellationToken.None);
        Assert.InRange(partial.Count, 400, 1999);

        var rerun = await harness.SyncAsync();

        Assert.True(rerun.ExitCode == 0, rerun.Output);
        await AssertCompleteAsync(harness, user, messages);
    }

    [Fact]
    public async Task A_sync_stopped_with_sigterm_is_recorded_as_stopped_and_the_next_one_resumes_without_repeats()
    {
        var mail = LabelledMail.Load("career-coach");
        var messages = mail.Repeated(1000);
        var user = server.NewUser();
        await server.AppendAsync(user, messages.Select(m => m.Message));
        using var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user), batchSize: 25);
        await harness.Store().InitializeAsync(CancellationToken.None);

        using (var worker = harness.StartSync())
        {
            var stdout = worker.StandardOutput.ReadToEndAsync();
            var stderr = worker.StandardError.ReadToEndAsync();
            await WaitForRecordsAsync(harness, user, 100, worker);
            // The batch in hand ends, the run is closed.
            await WorkerProcess.TerminateAsync(worker, TimeSpan.FromSeconds(60));
            Assert.True(worker.ExitCode != 0, "a stopped sync must not report success: " + await stdout + await stderr);
        }

        var stopped = await harness.LastRunAsync(user);
        Assert.NotNull(stopped.Finished);
        Assert.Contains("stopped before the end", stopped.Error, StringComparison.Ordinal);
        Assert.InRange((await harness.Store().ListRecordsAsync(user, CancellationToken.None)).Count, 100, 999);

        var rerun = await harness.SyncAsync();

        Assert.True(rerun.ExitCode == 0, rerun.Output);
        await AssertCompleteAsync(harness, user, messages);
    }

    [Fact]
    public async Task A_server_crashing_mid_sync_fails_that_sync_clearly_and_the_next_one_completes()
    {
        var mail = LabelledMail.Load("career-coach");
        var messages = mail.Repeated(600);
        var user = server.NewUser();
        await server.AppendAsync(user, messages.Select(m => m.Message));
        using var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user, name: "dropped"), batchSize: 25);
        await harness.Store().InitializeAsync(CancellationToken.None);

        WorkerProcess.Result interrupted;
        using (var worker = harness.StartSync())
        {
            var stdout = worker.StandardOutput.ReadToEndAsync();
            var stderr = worker.StandardError.ReadToEndAsync();
            await WaitForRecordsAsync(harness, "dropped", 50, worker);
            await server.CrashAsync();
            await worker.WaitForExitAsync();
            interrupted = new WorkerProcess.Result(worker.ExitCode, await stdout, await stderr);
        }

        await server.StartAsync();
        Assert.Equal(1, interrupted.ExitCode);
        Assert.Contains("mailbox 'dropped'", interrupted.StdErr, StringComparison.Ordinal);

        var next = await harness.SyncAsync();

        Assert.True(next.ExitCode == 0, next.Output);
        await AssertCompleteAsync(harness, "dropped", messages, user);
    }

    private static async Task WaitForRecordsAsync(SyncHarness harness, string mailbox, int count, Process worker)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !worker.HasExited)
        {
            try
            {
                if ((await harness.Store().ListRecordsAsync(mailbox, CancellationToken.None)).Count >= count)
                {
                    return;
                }
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // The worker is creating the tables at this moment.
            }

            await Task.Delay(20);
        }

        Assert.Fail($"the worker did not record {count} messages in time (exited: {worker.HasExited})");
    }

    private async Task AssertCompleteAsync(SyncHarness harness, string mailbox, IReadOnlyList<(MimeMessage Message, string Verdict)> messages, string? user = null)
    {
        user ??= mailbox;
        var records = await harness.Store().ListRecordsAsync(mailbox, CancellationToken.None);
        Assert.Equal(messages.Count, records.Count);
        var snapshot = await ImapSnapshot.TakeAsync(server, user);
        var flaggedIds = records.Where(r => r.Flagged).Select(r => r.MessageKey.Trim('<', '>')).ToHashSet();
        Assert.Equal(messages.Count(m => LabelledMail.IsFlagged(m.Verdict)), flaggedIds.Count);
        foreach (var (id, state) in snapshot.Messages)
        {
            Assert.Equal(flaggedIds.Contains(id), state.Flags.HasFlag(MailKit.MessageFlags.Flagged));
        }

        // Exactly one draft per flagged message: none lost to the crash, none made twice.
        var drafts = await ImapSnapshot.DraftsAsync(server, user);
        var answered = drafts.Select(d => d.Message.InReplyTo!).ToList();
        Assert.Equal(answered.Count, answered.Distinct().Count());
        Assert.Equal(flaggedIds.Order(StringComparer.Ordinal), answered.Order(StringComparer.Ordinal));
        Assert.All(records.Where(r => r.Flagged), r => Assert.Equal(DraftState.Done, r.Draft));
    }
}
