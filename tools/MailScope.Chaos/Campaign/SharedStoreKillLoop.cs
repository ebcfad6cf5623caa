using System.Diagnostics;
using MailScope.Tooling.Servers;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// Two workers on one PostgreSQL store (issue 16), syncing the same mailboxes at once and SIGKILLed
/// alternately at random moments, each restarted after its kill; then one clean sync and the same checks as
/// the kill loop, with quote numbers distinct across every mailbox (they come from one counter in the store).
/// </summary>
public static class SharedStoreKillLoop
{
    private const int Mailboxes = 4;

    public static async Task<ChaosFindings> RunAsync(ChaosTarget target, PostgresCluster postgres, ChaosMail mail, ChaosOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ChaosFindings("2 workers, PostgreSQL", target.Name);
        using var workspace = new ChaosWorkspace(mail);
        workspace.UsePostgres(await postgres.NewDatabaseAsync());
        var boxes = new List<(string Mailbox, Dictionary<string, bool> Expected)>();
        for (var i = 0; i < Mailboxes; i++)
        {
            var messages = mail.Generate(options.Size / Mailboxes, $"pg{target.Name.Replace("-", string.Empty, StringComparison.Ordinal)}{i}x");
            var expected = await ScanOracle.ExpectAsync(mail.ScopeBook, messages.Select(target.AsRead), workspace.Folder);
            var mailbox = await target.CreateMailboxAsync(messages);
            workspace.AddMailbox(target.Environment(mailbox, i), i, options.BatchSize);
            boxes.Add((mailbox, expected));
        }

        var random = new Random(options.Seed);
        var workers = new[] { workspace.StartSync(), workspace.StartSync() };
        try
        {
            for (var k = 0; k < options.Kills; k++)
            {
                await Task.Delay(random.Next(options.MinKillMs, options.MaxKillMs + 1));
                var victim = k % 2;
                foreach (var (worker, index) in workers.Select((w, i) => (w, i)))
                {
                    if (index == victim && !worker.HasExited)
                    {
                        worker.Kill();
                        findings.Faults++;
                        log.Write('.');
                    }

                    if (index == victim || worker.HasExited)
                    {
                        // A worker that ended (killed or done) is started again, as a service manager would.
                        KillLoop.Expect(findings, await worker.ResultAsync(), $"worker {index + 1}");
                        worker.Dispose();
                        workers[index] = workspace.StartSync();
                    }
                }
            }

            foreach (var worker in workers)
            {
                if (!await worker.WaitAsync(TimeSpan.FromMinutes(15)))
                {
                    findings.Violation("a worker did not finish its sync within 15 minutes");
                }

                KillLoop.Expect(findings, await worker.ResultAsync(), "a worker left to finish");
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }

        await KillLoop.FinishAsync(findings, workspace, target, boxes, log);
        findings.Note = $"{Mailboxes} mailboxes";
        findings.Elapsed = clock.Elapsed;
        return findings;
    }
}
