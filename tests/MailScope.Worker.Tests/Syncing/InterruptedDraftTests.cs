using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MailScope.Core.Sync;
using MailScope.Tooling.Servers;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Tests.Servers;
using MimeKit;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>
/// A worker that dies at the worst moment, reproduced exactly: after a batch is recorded (flags on, records
/// written) and before its drafts are saved. Any later sync, by any worker, must finish the drafts, each once.
/// </summary>
[Collection(DovecotServers.Name)]
public sealed partial class InterruptedDraftTests(DovecotFixture server, PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Maildir_drafts_a_dead_worker_owed_are_made_by_the_second_worker_on_PostgreSQL()
    {
        var mail = LabelledMail.Load("career-coach");
        var users = new List<string>();
        var environment = new Dictionary<string, string>();
        var messages = mail.Repeated(60);
        for (var i = 0; i < 3; i++)
        {
            var user = server.NewUser();
            users.Add(user);
            await server.AppendAsync(user, messages.Select(m => m.Message));
            environment[$"MailScope__Mailboxes__{i}__Name"] = user;
            environment[$"MailScope__Mailboxes__{i}__Kind"] = "Maildir";
            environment[$"MailScope__Mailboxes__{i}__Maildir__Path"] = server.MaildirOf(user);
            // A file where the Drafts folder's tmp/ goes: the worker records its batch, then cannot save a
            // single draft and stops, leaving exactly what a worker killed at that moment leaves.
            Obstruct(Path.Combine(server.MaildirOf(user), ".Drafts", "tmp"));
        }

        using var harness = new SyncHarness(mail.ScopeBook, environment, batchSize: 200);
        var store = harness.UsePostgreSql(await postgres.NewDatabaseAsync());

        var dead = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "sync", "--once");

        Assert.NotEqual(0, dead.ExitCode);
        var expected = messages.Where(m => LabelledMail.IsFlagged(m.Verdict)).Select(m => m.Message.MessageId!).Order(StringComparer.Ordinal).ToList();
        foreach (var user in users)
        {
            var records = await store.ListRecordsAsync(user, CancellationToken.None);
            Assert.Equal(messages.Count, records.Count);
            Assert.Equal(expected, records.Where(r => r.Flagged).Select(r => r.MessageKey.Trim('<', '>')).Order(StringComparer.Ordinal));
            Assert.All(records.Where(r => r.Flagged), r => Assert.NotEqual(DraftState.Done, r.Draft));
            var tmp = Path.Combine(server.MaildirOf(user), ".Drafts", "tmp");
            File.Delete(tmp);
            Directory.CreateDirectory(tmp);
        }

        // The second worker: a process of its own on the same database.
        var second = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "sync", "--once");
        var third = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "sync", "--once");

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.True(third.ExitCode == 0, third.Output);
        foreach (var user in users)
        {
            var drafts = Directory.GetFiles(Path.Combine(server.MaildirOf(user), ".Drafts", "cur"))
                .Select(f => MimeMessage.Load(f).InReplyTo!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, drafts);
            Assert.All((await store.ListRecordsAsync(user, CancellationToken.None)).Where(r => r.Flagged), r => Assert.Equal(DraftState.Done, r.Draft));
        }

        Assert.Contains("still owe a draft", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("still owe a draft", third.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imap_worker_killed_while_saving_its_drafts_leaves_them_to_the_second_worker_on_PostgreSQL()
    {
        var mail = LabelledMail.Load("career-coach");
        var messages = mail.Repeated(120);
        var user = server.NewUser();
        await server.AppendAsync(user, messages.Select(m => m.Message));
        using var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user), batchSize: 30);
        var store = harness.UsePostgreSql(await postgres.NewDatabaseAsync());

        // Killed when it sends the APPEND of its second batch's drafts.
        await KillAtAsync(harness, user, occurrence: 2);

        var records = await store.ListRecordsAsync(user, CancellationToken.None);
        Assert.Contains(records, r => r.Flagged && r.Draft == DraftState.Pending);
        var second = await harness.SyncAsync();

        Assert.True(second.ExitCode == 0, second.Output);
        await AssertCompleteAsync(store, user, messages);
    }

    [Fact]
    public async Task Imap_CONDSTORE_sync_killed_twice_never_stops_short_of_the_end_of_the_folder()
    {
        var mail = LabelledMail.Load("career-coach");
        var messages = mail.Repeated(300);
        var user = server.NewUser();
        await server.AppendAsync(user, messages.Select(m => m.Message));
        using var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user), batchSize: 25);
        await harness.Store().InitializeAsync(CancellationToken.None);

        // The first sync dies while saving the drafts of its fourth batch: the checkpoint is the end of the third.
        await KillAtAsync(harness, user, occurrence: 4);
        // The second looks at the flags changed since (its own, from the first), then dies at its first drafts.
        await KillAtAsync(harness, user, occurrence: 1);

        var last = await harness.SyncAsync();

        Assert.True(last.ExitCode == 0, last.Output);
        Assert.DoesNotContain("0 fetched, 0 judged", last.Output, StringComparison.Ordinal);
        await AssertCompleteAsync(harness.Store(), user, messages);
        var again = await harness.SyncAsync();
        Assert.Contains("0 fetched, 0 judged, 0 flagged, 0 drafted", again.Output, StringComparison.Ordinal);
    }

    private static void Obstruct(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        File.WriteAllText(folder, "in the way");
    }

    /// <summary>Runs a sync through a gate that holds the given APPEND to Drafts, then kills the worker (SIGKILL).</summary>
    private async Task KillAtAsync(SyncHarness harness, string user, int occurrence)
    {
        await using var gate = new ImapGate(server.Port, AppendCommand(), occurrence);
        var environment = new Dictionary<string, string>(harness.Environment)
        {
            ["MailScope__Mailboxes__0__Imap__Port"] = gate.Port.ToString(CultureInfo.InvariantCulture),
        };
        using var worker = WorkerProcess.Start(environment, harness.WorkingDirectory, "sync", "--once");
        var stdout = worker.StandardOutput.ReadToEndAsync();
        var stderr = worker.StandardError.ReadToEndAsync();
        var held = await Task.WhenAny(gate.Held, worker.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2)));
        Assert.True(held == gate.Held, $"the worker never reached APPEND #{occurrence} of {user}: {await Drain(worker, stdout, stderr)}");
        worker.Kill(entireProcessTree: true);
        await worker.WaitForExitAsync();
    }

    private static async Task<string> Drain(Process worker, Task<string> stdout, Task<string> stderr)
    {
        if (!worker.HasExited)
        {
            worker.Kill(entireProcessTree: true);
        }

        return await stdout + await stderr;
    }

    private async Task AssertCompleteAsync(SqlSyncStore store, string user, IReadOnlyList<(MimeMessage Message, string Verdict)> messages)
    {
        var records = await store.ListRecordsAsync(user, CancellationToken.None);
        Assert.Equal(messages.Count, records.Count);
        var expected = messages.Where(m => LabelledMail.IsFlagged(m.Verdict)).Select(m => m.Message.MessageId!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, records.Where(r => r.Flagged).Select(r => r.MessageKey.Trim('<', '>')).Order(StringComparer.Ordinal));
        var snapshot = await ImapSnapshot.TakeAsync(server, user);
        Assert.Equal(expected, snapshot.Messages.Where(m => m.Value.Flags.HasFlag(MailKit.MessageFlags.Flagged)).Select(m => m.Key).Order(StringComparer.Ordinal));
        var drafts = await ImapSnapshot.DraftsAsync(server, user);
        Assert.Equal(expected, drafts.Select(d => d.Message.InReplyTo!).Order(StringComparer.Ordinal));
        Assert.All(records.Where(r => r.Flagged), r => Assert.Equal(DraftState.Done, r.Draft));
    }

    [GeneratedRegex(@"^\S+ APPEND ", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex AppendCommand();
}
