using MailScope.Tooling.Servers;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Tests.Servers;
using MimeKit;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>Several workers sharing one PostgreSQL store: each mailbox synced by one worker at a time, a dead worker's taken over.</summary>
[Collection(DovecotServers.Name)]
public sealed class SharedStoreTests(DovecotFixture server, PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Two_workers_and_ten_mailboxes_sync_every_mailbox_and_never_one_mailbox_from_both_at_once()
    {
        var (harness, users, mail) = await TenMailboxesAsync(40);
        using var _ = harness;

        using var first = harness.StartSync();
        using var second = harness.StartSync();
        var outputs = await Task.WhenAll(ReadAsync(first), ReadAsync(second));

        Assert.All(outputs, o => Assert.True(o.ExitCode == 0, o.Output));
        var store = new PostgresSyncStore(harness.Environment["MailScope__Storage__ConnectionString"]);
        var runs = await store.ListRunsAsync(CancellationToken.None);
        Assert.All(runs, r => Assert.Null(r.Error));
        Assert.Equal(2, runs.Select(r => r.Worker).Distinct().Count());
        foreach (var user in users)
        {
            var own = runs.Where(r => r.Mailbox == user).OrderBy(r => r.Started).ToList();
            Assert.NotEmpty(own);
            for (var i = 1; i < own.Count; i++)
            {
                Assert.True(own[i].Started >= own[i - 1].Finished, $"{user}: runs {own[i - 1].Id} and {own[i].Id} overlap");
            }

            await AssertSyncedAsync(store, user, mail[user]);
        }
    }

    [Fact]
    public async Task A_killed_workers_mailboxes_are_picked_up_by_the_next_worker()
    {
        var (harness, users, mail) = await TenMailboxesAsync(60);
        using var _ = harness;
        var store = new PostgresSyncStore(harness.Environment["MailScope__Storage__ConnectionString"]);
        await store.InitializeAsync(CancellationToken.None);

        using (var doomed = harness.StartSync())
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while ((await store.ListRecordsAsync(users[0], CancellationToken.None)).Count < 10 && DateTime.UtcNow < deadline && !doomed.HasExited)
            {
                await Task.Delay(20);
            }

            Assert.False(doomed.HasExited, "the worker finished before it could be killed");
            doomed.Kill(entireProcessTree: true);
            await doomed.WaitForExitAsync();
        }

        var next = await harness.SyncAsync();

        Assert.True(next.ExitCode == 0, next.Output);
        Assert.DoesNotContain("another worker is syncing", next.Output, StringComparison.Ordinal);
        foreach (var user in users)
        {
            await AssertSyncedAsync(store, user, mail[user]);
        }
    }

    [Fact]
    public async Task Two_workers_started_at_the_same_moment_set_up_both_schemas_without_an_error_in_either_log()
    {
        var mail = LabelledMail.Load("career-coach");
        var user = server.NewUser();
        await server.AppendAsync(user, mail.Messages.Select(m => m.Message));
        using var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user));
        var store = harness.UsePostgreSql(await postgres.NewDatabaseAsync());

        var workers = new[] { WorkerProcess.Start(harness.Environment, harness.WorkingDirectory, "run"), WorkerProcess.Start(harness.Environment, harness.WorkingDirectory, "run") };
        var outputs = workers.Select(w => (Out: w.StandardOutput.ReadToEndAsync(), Err: w.StandardError.ReadToEndAsync())).ToList();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !workers.Any(w => w.HasExited) && await FinishedRunsAsync(store) == 0)
        {
            await Task.Delay(100);
        }

        foreach (var worker in workers)
        {
            if (!worker.HasExited)
            {
                await WorkerProcess.TerminateAsync(worker, TimeSpan.FromSeconds(90));
            }
        }

        for (var i = 0; i < workers.Length; i++)
        {
            var log = await outputs[i].Out + await outputs[i].Err;
            Assert.True(workers[i].ExitCode == 0, log);
            Assert.Contains("worker started", log, StringComparison.Ordinal);
            Assert.DoesNotContain("fail", log, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("exception", log, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("duplicate key", log, StringComparison.OrdinalIgnoreCase);
            workers[i].Dispose();
        }

        Assert.True(await FinishedRunsAsync(store) > 0, "no sync finished while both workers ran");
    }

    private static async Task<int> FinishedRunsAsync(PostgresSyncStore store)
    {
        try
        {
            return (await store.ListRunsAsync(CancellationToken.None)).Count(r => r.Finished is not null && r.Error is null);
        }
        catch (Npgsql.PostgresException)
        {
            return 0; // the tables are being created at this moment
        }
    }

    private async Task<(SyncHarness Harness, List<string> Users, Dictionary<string, IReadOnlyList<(MimeMessage Message, string Verdict)>> Mail)> TenMailboxesAsync(int perMailbox)
    {
        var corpus = LabelledMail.Load("career-coach");
        var environment = new Dictionary<string, string>();
        var users = new List<string>();
        var mail = new Dictionary<string, IReadOnlyList<(MimeMessage, string)>>();
        for (var i = 0; i < 10; i++)
        {
            var user = server.NewUser();
            users.Add(user);
            mail[user] = corpus.Repeated(perMailbox);
            await server.AppendAsync(user, mail[user].Select(m => m.Item1));
            foreach (var (key, value) in server.MailboxEnvironment(user, i))
            {
                environment[key] = value;
            }
        }

        var harness = new SyncHarness(corpus.ScopeBook, environment, batchSize: 10);
        harness.UsePostgreSql(await postgres.NewDatabaseAsync());
        return (harness, users, mail);
    }

    private async Task AssertSyncedAsync(PostgresSyncStore store, string user, IReadOnlyList<(MimeMessage Message, string Verdict)> messages)
    {
        var records = await store.ListRecordsAsync(user, CancellationToken.None);
        Assert.Equal(messages.Count, records.Count);
        var flagged = messages.Where(m => LabelledMail.IsFlagged(m.Verdict)).Select(m => m.Message.MessageId!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(flagged, records.Where(r => r.Flagged).Select(r => r.MessageKey.Trim('<', '>')).Order(StringComparer.Ordinal));
        var drafts = await ImapSnapshot.DraftsAsync(server, user);
        Assert.Equal(flagged, drafts.Select(d => d.Message.InReplyTo!).Order(StringComparer.Ordinal));
        Assert.All(records.Where(r => r.Flagged), r => Assert.Equal(DraftState.Done, r.Draft));
    }

    private static async Task<WorkerProcess.Result> ReadAsync(System.Diagnostics.Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new WorkerProcess.Result(process.ExitCode, await stdout, await stderr);
    }
}
