using System.Diagnostics;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// Kill loops (issue 13): a first <c>sync --once</c> with drafts on, SIGKILLed at random moments again and
/// again, then one clean sync; the mailbox must end exactly as scan says, one draft per flagged message, no
/// quote number burned twice; one more sync must change nothing.
/// </summary>
public static partial class KillLoop
{
    public static async Task<ChaosFindings> RunAsync(ChaosTarget target, ChaosMail mail, ChaosOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ChaosFindings("kill loop", target.Name);
        using var workspace = new ChaosWorkspace(mail);
        var messages = mail.Generate(options.Size, target.Name.Replace("-", string.Empty, StringComparison.Ordinal));
        var expected = await ScanOracle.ExpectAsync(mail.ScopeBook, messages.Select(target.AsRead), workspace.Folder);
        var mailbox = await target.CreateMailboxAsync(messages);
        workspace.AddMailbox(target.Environment(mailbox, 0), 0, options.BatchSize);
        var random = new Random(options.Seed);
        var finished = 0;
        for (var k = 0; k < options.Kills; k++)
        {
            using var worker = workspace.StartSync();
            if (await worker.WaitAsync(TimeSpan.FromMilliseconds(random.Next(options.MinKillMs, options.MaxKillMs + 1))))
            {
                finished++;
                Expect(findings, await worker.ResultAsync(), $"run {k + 1} (not killed)");
                continue;
            }

            worker.Kill();
            Expect(findings, await worker.ResultAsync(), $"run {k + 1}");
            findings.Faults++;
            log.Write('.');
        }

        await FinishAsync(findings, workspace, target, [(mailbox, expected)], log);
        findings.Note = $"{finished} of {options.Kills} runs ended before their kill";
        findings.Elapsed = clock.Elapsed;
        return findings;
    }

    /// <summary>One clean sync, the check, one more sync and the check again (nothing may change).</summary>
    internal static async Task FinishAsync(ChaosFindings findings, ChaosWorkspace workspace, ChaosTarget target, IReadOnlyList<(string Mailbox, Dictionary<string, bool> Expected)> mailboxes, TextWriter log)
    {
        var clean = await workspace.SyncAsync();
        if (clean.ExitCode != 0)
        {
            findings.Violation($"the clean sync failed ({clean.ExitCode}): {Tail(clean.Output)}");
        }

        var quotes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (mailbox, expected) in mailboxes)
        {
            findings.Check(mailbox, expected, await target.ObserveAsync(mailbox), quotes);
        }

        var again = await workspace.SyncAsync();
        if (again.ExitCode != 0)
        {
            findings.Violation($"the sync after the clean one failed ({again.ExitCode}): {Tail(again.Output)}");
        }

        foreach (var done in SyncDone().Matches(again.Output).Where(m => m.Groups["flagged"].Value != "0" || m.Groups["drafted"].Value != "0"))
        {
            findings.Violation("the sync after the clean one flagged or drafted again: " + done.Value);
        }

        var drafts = 0;
        foreach (var (mailbox, _) in mailboxes)
        {
            drafts += (await target.ObserveAsync(mailbox)).Drafts.Count;
        }

        if (drafts != findings.Drafts)
        {
            findings.Violation($"the sync after the clean one changed the drafts: {findings.Drafts} → {drafts}");
        }

        log.WriteLine();
    }

    internal static void Expect(ChaosFindings findings, ChaosWorker.Result result, string what)
    {
        if (result.Crashed)
        {
            findings.Violation($"{what} crashed ({result.ExitCode}): {Tail(result.Output)}");
        }
    }

    internal static string Tail(string output, int length = 600)
    {
        var trimmed = output.Trim();
        return trimmed.Length <= length ? trimmed : "…" + trimmed[^length..];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"sync done: \d+ fetched, \d+ judged, (?<flagged>\d+) flagged, (?<drafted>\d+) drafted")]
    private static partial System.Text.RegularExpressions.Regex SyncDone();
}
