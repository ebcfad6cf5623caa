using System.Diagnostics;
using MailScope.Tooling.Servers;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// The servers failing under a sync (issue 13): Dovecot stopped and started again mid-sync, PostgreSQL
/// restarted mid-sync, the Graph stand-in dropping connections, answering 500/503/429 at random and serving
/// delta pages twice. A sync hit by a fault may fail (exit 1, naming the mailbox) but never crash; the next
/// sync completes and nothing is lost or doubled.
/// </summary>
public static class ServerFaults
{
    /// <summary>Dovecot crashed or stopped (alternately) at a random moment of each of <c>Kills</c> syncs, started again after.</summary>
    public static async Task<ChaosFindings> DovecotRestartAsync(DovecotServer server, ChaosMail mail, ChaosOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ChaosFindings("Dovecot crashed/stopped mid-sync", "imap");
        await using var target = new ImapTarget(server, condStore: true);
        using var workspace = new ChaosWorkspace(mail);
        var (mailbox, expected) = await PrepareAsync(target, workspace, mail, options, "dovecot");
        var random = new Random(options.Seed);
        var interrupted = 0;
        var down = false;
        try
        {
            for (var k = 0; k < options.Kills; k++)
            {
                using var worker = workspace.StartSync();
                if (await worker.WaitAsync(TimeSpan.FromMilliseconds(random.Next(options.MinKillMs, options.MaxKillMs + 1))))
                {
                    KillLoop.Expect(findings, await worker.ResultAsync(), $"sync {k + 1} (ended before the stop)");
                    continue;
                }

                // Alternately a crash (every Dovecot process killed at once) and an orderly stop (which may let
                // the session in hand finish its command, or the whole sync).
                down = true;
                if (k % 2 == 0)
                {
                    await server.CrashAsync();
                }
                else
                {
                    await server.StopAsync();
                }

                findings.Faults++;
                log.Write('.');
                if (!await worker.WaitAsync(TimeSpan.FromMinutes(3)))
                {
                    findings.Violation($"sync {k + 1} still ran 3 minutes after the server stopped");
                    worker.Kill();
                }

                var result = await worker.ResultAsync();
                KillLoop.Expect(findings, result, $"sync {k + 1}");
                if (result.ExitCode != 0)
                {
                    interrupted++;
                    if (result.ExitCode != 1 || !result.Output.Contains($"mailbox '{mailbox}'", StringComparison.Ordinal))
                    {
                        findings.Violation($"sync {k + 1} failed without exit 1 and an error naming the mailbox ({result.ExitCode}): {KillLoop.Tail(result.Output)}");
                    }
                }

                await server.StartAsync();
                down = false;
            }
        }
        finally
        {
            // Only when it is down: a second master would fail to listen and leave the server's process handle
            // pointing at a dead one, so a later crash or stop of the shared server would do nothing.
            if (down)
            {
                await server.StartAsync();
            }
        }

        await KillLoop.FinishAsync(findings, workspace, target, [(mailbox, expected)], log);
        findings.Note = $"{interrupted} syncs failed cleanly, {findings.Faults - interrupted} finished despite the stop";
        findings.Elapsed = clock.Elapsed;
        return findings;
    }

    /// <summary>PostgreSQL, the store, stopped at once (connections cut) mid-sync and started again a moment later.</summary>
    public static async Task<ChaosFindings> PostgresRestartAsync(PostgresCluster postgres, ChaosMail mail, ChaosOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ChaosFindings("PostgreSQL restarted mid-sync", "maildir");
        await using var target = new MaildirTarget();
        using var workspace = new ChaosWorkspace(mail);
        workspace.UsePostgres(await postgres.NewDatabaseAsync());
        var (mailbox, expected) = await PrepareAsync(target, workspace, mail, options, "pgrestart");
        var random = new Random(options.Seed);
        var failed = 0;
        try
        {
            for (var k = 0; k < options.Kills; k++)
            {
                using var worker = workspace.StartSync();
                if (await worker.WaitAsync(TimeSpan.FromMilliseconds(random.Next(options.MinKillMs, options.MaxKillMs + 1))))
                {
                    KillLoop.Expect(findings, await worker.ResultAsync(), $"sync {k + 1} (ended before the restart)");
                    continue;
                }

                await postgres.StopAsync();
                findings.Faults++;
                log.Write('.');
                await Task.Delay(random.Next(200, 2000));
                await postgres.StartAsync();
                if (!await worker.WaitAsync(TimeSpan.FromMinutes(5)))
                {
                    findings.Violation($"sync {k + 1} still ran 5 minutes after PostgreSQL came back");
                    worker.Kill();
                }

                var result = await worker.ResultAsync();
                KillLoop.Expect(findings, result, $"sync {k + 1}");
                if (result.ExitCode != 0)
                {
                    failed++;
                    if (result.ExitCode != 1)
                    {
                        findings.Violation($"sync {k + 1} failed without exit 1 ({result.ExitCode}): {KillLoop.Tail(result.Output)}");
                    }
                }
            }
        }
        finally
        {
            try
            {
                await postgres.StartAsync();
            }
            catch (InvalidOperationException)
            {
                // Running already.
            }
        }

        await KillLoop.FinishAsync(findings, workspace, target, [(mailbox, expected)], log);
        findings.Note = $"{failed} syncs failed, {options.Kills - failed} rode it out";
        findings.Elapsed = clock.Elapsed;
        return findings;
    }

    /// <summary>Syncs against a Graph stand-in that drops, fails and repeats at random, then a sync with the faults gone.</summary>
    public static async Task<ChaosFindings> GraphFaultsAsync(ChaosMail mail, ChaosOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ChaosFindings("Graph drops, 500/503/429, pages twice", "graph");
        await using var target = new GraphTarget();
        using var workspace = new ChaosWorkspace(mail);
        var (mailbox, expected) = await PrepareAsync(target, workspace, mail, options, "graphfault");
        var faults = new GraphFaults(options.Seed) { DropRate = 0.03, ErrorRate = 0.08, RepeatPageRate = 0.25 };
        target.Graph.Faults = faults;
        var failed = 0;
        for (var k = 0; k < Math.Max(1, options.Kills / 2); k++)
        {
            var result = await workspace.SyncAsync();
            KillLoop.Expect(findings, result, $"faulty sync {k + 1}");
            log.Write('.');
            if (result.ExitCode != 0)
            {
                failed++;
                if (result.ExitCode != 1 || !result.Output.Contains($"mailbox '{mailbox}'", StringComparison.Ordinal))
                {
                    findings.Violation($"faulty sync {k + 1} failed without exit 1 and an error naming the mailbox ({result.ExitCode}): {KillLoop.Tail(result.Output)}");
                }
            }
        }

        target.Graph.Faults = null;
        findings.Faults = faults.Dropped + faults.Errors + faults.Repeated;
        await KillLoop.FinishAsync(findings, workspace, target, [(mailbox, expected)], log);
        findings.Note = $"{faults.Dropped} dropped, {faults.Errors} errors, {faults.Repeated} pages twice; {failed} of {Math.Max(1, options.Kills / 2)} faulty syncs failed";
        findings.Elapsed = clock.Elapsed;
        return findings;
    }

    private static async Task<(string Mailbox, Dictionary<string, bool> Expected)> PrepareAsync(ChaosTarget target, ChaosWorkspace workspace, ChaosMail mail, ChaosOptions options, string tag)
    {
        var messages = mail.Generate(options.Size, tag);
        var expected = await ScanOracle.ExpectAsync(mail.ScopeBook, messages.Select(target.AsRead), workspace.Folder);
        var mailbox = await target.CreateMailboxAsync(messages);
        workspace.AddMailbox(target.Environment(mailbox, 0), 0, options.BatchSize);
        return (mailbox, expected);
    }
}
