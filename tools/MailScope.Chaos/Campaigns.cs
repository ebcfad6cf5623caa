using System.Globalization;
using MailScope.Chaos.Campaign;
using MailScope.Tooling.Servers;

namespace MailScope.Chaos;

/// <summary>Starts the servers a campaign needs (once), runs its scenarios one after another and prints the table.</summary>
internal sealed class Campaigns(int size, int kills, int seed, string source)
{
    private static readonly string[] KillSources = ["imap", "imap-nocondstore", "maildir", "graph", "pg2-maildir", "pg2-imap"];
    private readonly List<ChaosFindings> _findings = [];
    private DovecotServer? _dovecot;
    private PostgresCluster? _postgres;

    public async Task<int> RunAsync(string command, TextWriter output)
    {
        var mail = ChaosMail.Load();
        var options = new ChaosOptions(size, kills, seed);
        try
        {
            foreach (var scenario in Scenarios(command, mail, options))
            {
                output.Write($"{scenario.Name} ");
                try
                {
                    _findings.Add(await scenario.Run(output));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A scenario that could not be run is a failure of the campaign, and the rest still run.
                    var failed = new ChaosFindings(scenario.Name, "-");
                    failed.Violation($"the scenario itself failed: {ex.GetType().Name}: {ex.Message}");
                    _findings.Add(failed);
                    output.WriteLine();
                }
            }
        }
        finally
        {
            if (_dovecot is not null)
            {
                await _dovecot.DisposeAsync();
            }

            if (_postgres is not null)
            {
                await _postgres.DisposeAsync();
            }
        }

        Print(output);
        return _findings.All(f => f.Passed) ? 0 : 1;
    }

    private IEnumerable<(string Name, Func<TextWriter, Task<ChaosFindings>> Run)> Scenarios(string command, ChaosMail mail, ChaosOptions options)
    {
        if (command is "chaos" or "all")
        {
            foreach (var kind in KillSources.Where(s => source == "all" || s == source || (source == "pg2" && s.StartsWith("pg2", StringComparison.Ordinal))))
            {
                yield return ($"kill loop {kind}", async log =>
                {
                    await using var target = await TargetAsync(kind.Replace("pg2-", string.Empty, StringComparison.Ordinal));
                    return kind.StartsWith("pg2-", StringComparison.Ordinal)
                        ? await SharedStoreKillLoop.RunAsync(target, await PostgresAsync(), mail, options, log)
                        : await KillLoop.RunAsync(target, mail, options, log);
                });
            }
        }

        if (command is "fuzz" or "all")
        {
            var fuzz = new (string Source, string Name, Func<TextWriter, Task<ChaosFindings>> Run)[]
            {
                ("scan", "fuzz: scan", log => FuzzCampaign.ScanAsync(mail, options, log)),
                ("imap", "fuzz: IMAP sync", async log => await FuzzCampaign.ImapAsync(await DovecotAsync(), mail, options, log)),
                ("graph", "fuzz: Graph sync", log => FuzzCampaign.GraphAsync(mail, options, log)),
                ("addin", "fuzz: add-in API", log => AddInFuzz.RunAsync(mail, Math.Max(24, options.Size / 20), options.Seed, log)),
            };
            foreach (var (kind, name, run) in fuzz.Where(f => source == "all" || f.Source == source))
            {
                yield return (name, run);
            }
        }

        if (command is "faults" or "all")
        {
            foreach (var scenario in FaultScenarios(mail, options))
            {
                yield return scenario;
            }
        }

        if (command is "storage" or "all")
        {
            yield return ("store disk full, read-only", log => StorageFaults.RunAsync(mail, options, log));
        }
    }

    private IEnumerable<(string Name, Func<TextWriter, Task<ChaosFindings>> Run)> FaultScenarios(ChaosMail mail, ChaosOptions options)
    {
        yield return ("Dovecot stopped mid-sync", async log => await ServerFaults.DovecotRestartAsync(await DovecotAsync(), mail, options with { Kills = Math.Min(options.Kills, 4) }, log));
        yield return ("PostgreSQL restarted mid-sync", async log => await ServerFaults.PostgresRestartAsync(await PostgresAsync(), mail, options with { Kills = Math.Min(options.Kills, 4) }, log));
        yield return ("Graph faults", log => ServerFaults.GraphFaultsAsync(mail, options, log));
    }

    private async Task<ChaosTarget> TargetAsync(string kind) => kind switch
    {
        "imap" => new ImapTarget(await DovecotAsync(), condStore: true),
        "imap-nocondstore" => new ImapTarget(await DovecotAsync(), condStore: false),
        "maildir" => new MaildirTarget(),
        "graph" => new GraphTarget(),
        _ => throw new ArgumentException($"unknown source '{kind}'"),
    };

    private async Task<DovecotServer> DovecotAsync()
    {
        if (_dovecot is null)
        {
            _dovecot = new DovecotServer();
            await _dovecot.InitializeAsync();
        }

        return _dovecot;
    }

    private async Task<PostgresCluster> PostgresAsync()
    {
        if (_postgres is null)
        {
            _postgres = new PostgresCluster();
            await _postgres.InitializeAsync();
        }

        return _postgres;
    }

    private void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| scenario | source | messages | faults | flagged / scan | drafts | quote nos | time | result |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var f in _findings)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {f.Scenario} | {f.Source} | {f.Messages:N0} | {f.Faults} | {f.Flagged:N0} / {f.ExpectedFlagged:N0} | {f.Drafts:N0} | {f.QuoteNumbers:N0} | {f.Elapsed.TotalSeconds:F0} s | {(f.Passed ? "ok" : "**FAIL**")}{(f.Note.Length > 0 ? " (" + f.Note + ")" : string.Empty)} |"));
        }

        foreach (var f in _findings.Where(f => !f.Passed))
        {
            output.WriteLine();
            output.WriteLine($"{f.Scenario} / {f.Source}:");
            foreach (var violation in f.Violations)
            {
                output.WriteLine("  - " + violation);
            }
        }

        output.WriteLine();
        output.WriteLine(_findings.All(f => f.Passed) ? "no violations" : $"{_findings.Count(f => !f.Passed)} scenario(s) with violations");
    }
}
