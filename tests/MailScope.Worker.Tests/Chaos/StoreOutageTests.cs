using System.Globalization;
using System.Text.RegularExpressions;
using MailScope.Core.Sync;
using MailScope.Tooling.Servers;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Tests.Servers;
using MailScope.Worker.Tests.Syncing;

namespace MailScope.Worker.Tests.Chaos;

/// <summary>
/// The store going away under a sync (PostgreSQL restarted, found by the chaos campaign): the sync fails with
/// exit 1 and an error naming the store, never a crash that hides why; the next sync completes.
/// </summary>
[Collection(DovecotServers.Name)]
public sealed partial class StoreOutageTests(DovecotFixture server) : IAsyncLifetime
{
    private readonly PostgresServer _postgres = new();

    public Task InitializeAsync() => _postgres.InitializeAsync();

    public Task DisposeAsync() => _postgres.DisposeAsync();

    [Fact]
    public async Task A_sync_whose_PostgreSQL_store_is_down_fails_with_exit_1_and_an_error_naming_the_store()
    {
        var mail = LabelledMail.Load("career-coach");
        var user = server.NewUser();
        await server.AppendAsync(user, mail.Messages.Select(m => m.Message));
        using var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user));
        harness.UsePostgreSql(await _postgres.NewDatabaseAsync());
        await _postgres.StopAsync();

        var run = await harness.SyncAsync();

        await _postgres.StartAsync();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"the store (PostgreSQL database", run.StdErr, StringComparison.Ordinal);
        Assert.Contains($":{_postgres.Port.ToString(CultureInfo.InvariantCulture)})", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Output, StringComparison.Ordinal);
        Assert.True((await harness.SyncAsync()).ExitCode == 0);
    }

    [Fact]
    public async Task PostgreSQL_gone_when_the_mail_server_drops_the_sync_reports_the_mailbox_not_a_crash_and_the_next_sync_completes()
    {
        var mail = LabelledMail.Load("career-coach");
        var messages = mail.Repeated(80);
        var user = server.NewUser();
        await server.AppendAsync(user, messages.Select(m => m.Message));
        using var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user), batchSize: 20);
        harness.UsePostgreSql(await _postgres.NewDatabaseAsync());

        // The worker is held at its first APPEND of drafts; the database stops; then the IMAP connection drops.
        // The sync fails on IMAP and recording that failure fails on the store: the first reason must come out.
        WorkerProcess.Result interrupted;
        var gate = new ImapGate(server.Port, AppendCommand());
        var gateOpen = true;
        try
        {
            var environment = new Dictionary<string, string>(harness.Environment) { ["MailScope__Mailboxes__0__Imap__Port"] = gate.Port.ToString(CultureInfo.InvariantCulture) };
            using var worker = WorkerProcess.Start(environment, harness.WorkingDirectory, "sync", "--once");
            var stdout = worker.StandardOutput.ReadToEndAsync();
            var stderr = worker.StandardError.ReadToEndAsync();
            var held = await Task.WhenAny(gate.Held, worker.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2)));
            Assert.True(held == gate.Held, "the worker never reached its first APPEND");
            await _postgres.StopAsync();
            gateOpen = false;
            await gate.DisposeAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await worker.WaitForExitAsync(timeout.Token);
            interrupted = new WorkerProcess.Result(worker.ExitCode, await stdout, await stderr);
        }
        finally
        {
            if (gateOpen)
            {
                await gate.DisposeAsync();
            }

            try
            {
                await _postgres.StartAsync();
            }
            catch (InvalidOperationException)
            {
                // It never stopped.
            }
        }

        Assert.Equal(1, interrupted.ExitCode);
        Assert.DoesNotContain("Unhandled exception", interrupted.Output, StringComparison.Ordinal);
        Assert.Contains($"error: mailbox '{user}': ", interrupted.StdErr, StringComparison.Ordinal);
        Assert.Contains("could not be recorded in the store", interrupted.StdOut, StringComparison.Ordinal);

        var next = await harness.SyncAsync();

        Assert.True(next.ExitCode == 0, next.Output);
        var store = new PostgresSyncStore(harness.Environment["MailScope__Storage__ConnectionString"]);
        var records = await store.ListRecordsAsync(user, CancellationToken.None);
        Assert.Equal(messages.Count, records.Count);
        var flagged = messages.Where(m => LabelledMail.IsFlagged(m.Verdict)).Select(m => m.Message.MessageId!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(flagged, (await ImapSnapshot.DraftsAsync(server, user)).Select(d => d.Message.InReplyTo!).Order(StringComparer.Ordinal));
        Assert.All(records.Where(r => r.Flagged), r => Assert.Equal(DraftState.Done, r.Draft));
    }

    [GeneratedRegex(@"^\S+ APPEND ", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex AppendCommand();
}
