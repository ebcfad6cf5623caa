using System.Diagnostics;
using System.Globalization;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Configuration;
using MailScope.Tooling.Servers;
using MailScope.Worker.Hosting;
using MailScope.Worker.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MailScope.Benchmarks;

/// <summary>
/// The three figures of issue 13, from one run, every program started as a user starts it (its own
/// process, start-up included) against one Dovecot mailbox of 10,000 labelled messages:
/// <list type="number">
/// <item>first <c>sync --once</c>, drafts off, against a plain MailKit program fetching and parsing the same
/// messages plus the judging time (<c>scan</c> of the same messages as files − MimeKit parsing them):
/// (sync − (scan − parse)) ÷ plain, target ≤ 1.3;</item>
/// <item>one new message in the synced mailbox ÷ a sync with nothing new: whole processes (≤ 1.25) and in
/// the worker's process (≤ 1.1);</item>
/// <item>the first sync's peak RSS (≤ 250 MB).</item>
/// </list>
/// </summary>
internal static class RatiosBench
{
    public static async Task<int> RunAsync(TextWriter output, string[] args)
    {
        var count = args.SkipWhile(a => a != "--count").Skip(1).FirstOrDefault() is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : 10_000;
        var repeat = args.SkipWhile(a => a != "--repeat").Skip(1).FirstOrDefault() is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 5;
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).FirstOrDefault() is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 3;
        // The worker as deployed (docs/deploy.md: ./MailScope.Worker of a published folder), or the build output through dotnet.
        string[] worker = args.SkipWhile(a => a != "--worker").Skip(1).FirstOrDefault() is { } published ? [Path.GetFullPath(published)] : ["dotnet", WorkerBinary.Path];
        var server = new DovecotServer();
        await server.InitializeAsync();
        var scratch = Path.Combine(Path.GetTempPath(), "mailscope-ratios-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            return await RunAsync(server, output, count, repeat, rounds, scratch, worker);
        }
        finally
        {
            await server.DisposeAsync();
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, true);
            }
        }
    }

    private static async Task<int> RunAsync(DovecotServer server, TextWriter output, int count, int repeat, int rounds, string scratch, string[] worker)
    {
        var user = server.NewUser();
        var (book, messages) = ImapBench.LoadCorpus(count + repeat + InProcessRounds);
        var files = Path.Combine(scratch, "mail");
        Directory.CreateDirectory(files);
        for (var i = 0; i < count; i++)
        {
            await using var file = File.Create(Path.Combine(files, string.Create(CultureInfo.InvariantCulture, $"{i:D6}.eml")));
            await messages[i].Message.WriteToAsync(file);
        }

        await server.AppendAsync(user, messages.Take(count).Select(m => m.Message));
        var extras = messages.Skip(count).Select(m => m.Message).ToList();
        messages.Clear();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} messages in one Dovecot mailbox and as files; each figure below is a whole process"));

        var self = typeof(RatiosBench).Assembly.Location;
        var data = Path.Combine(scratch, "data");
        string[] plainArgs = ["dotnet", self, "plain-fetch", server.Port.ToString(CultureInfo.InvariantCulture), user, DovecotServer.Password];
        string[] syncArgs = [.. worker, "sync", "--once", .. ImapBench.WorkerArgs(server, user, book, drafts: false, data)];
        string[] scanArgs = [.. worker, "scan", "--json", "--today", "2026-11-27", "--scope", book, files];
        string[] parseArgs = ["dotnet", self, "plain-parse", files];

        // Dovecot's index and the page cache warmed by a plain fetch first; the plain fetch reads with
        // BODY.PEEK, so the mailbox the worker meets after it is as it was. Each round runs every program once,
        // interleaved, and the figure is the ratio of medians: one busy moment of the machine moves one run, not the ratio.
        await ExpectAsync(output, plainArgs, count);
        List<TimedProcess> plains = [], syncs = [], parses = [], scans = [];
        for (var round = 0; round < rounds; round++)
        {
            plains.Add(await ExpectAsync(output, plainArgs, count));
            // A first sync each round: a store of its own, so everything is new to it (the flags it sets are already on).
            // The first round's store is the one the one-new-message figure syncs on below.
            syncs.Add(await ExpectAsync(output, round == 0 ? syncArgs : [.. syncArgs.Select(a => a == "--MailScope:DataFolder=" + data ? $"{a}-{round}" : a)], null));
            parses.Add(await ExpectAsync(output, parseArgs, count));
            scans.Add(await ExpectAsync(output, scanArgs, count));
        }

        var first = Ratio(r => r.Seconds);
        var firstCpu = Ratio(r => r.CpuSeconds);
        double Ratio(Func<TimedProcess, double> of)
        {
            var judging = MedianOf(scans, of) - MedianOf(parses, of);
            return (MedianOf(syncs, of) - judging) / MedianOf(plains, of);
        }

        // One new message against nothing new, whole processes, alternating.
        var empties = new List<TimedProcess>();
        var ones = new List<TimedProcess>();
        for (var i = 0; i < repeat; i++)
        {
            empties.Add(await ExpectAsync(output, syncArgs, null));
            var extra = extras[i];
            extra.MessageId = string.Create(CultureInfo.InvariantCulture, $"ratio-new{i}.{Guid.NewGuid():N}@bench.example");
            await server.AppendAsync(user, [extra]);
            ones.Add(await ExpectAsync(output, syncArgs, null));
        }

        var (one, empty) = (MedianOf(ones, r => r.Seconds), MedianOf(empties, r => r.Seconds));
        var (oneCpu, emptyCpu) = (MedianOf(ones, r => r.CpuSeconds), MedianOf(empties, r => r.CpuSeconds));
        var (inEmpty, inOne) = await InProcessAsync(server, user, book, Path.Combine(scratch, "data-in-process"), extras.Skip(repeat).ToList());

        output.WriteLine();
        output.WriteLine("Commands (each timed from start to exit):");
        foreach (var run in new[] { plains[0], syncs[0], parses[0], scans[0] })
        {
            output.WriteLine("  " + run.CommandLine);
        }

        output.WriteLine();
        foreach (var (name, of, f) in new (string, Func<TimedProcess, double>, double)[] { ("wall", r => r.Seconds, first), ("CPU (user + system)", r => r.CpuSeconds, firstCpu) })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                1. first sync, drafts off, {name} ({rounds} rounds): sync {Runs(syncs, of)}; plain MailKit fetch + parse {Runs(plains, of)};
                   scan {Runs(scans, of)}; MimeKit parse {Runs(parses, of)}
                   ratio of medians (sync − (scan − parse)) ÷ plain = {f:F2}   (target ≤ 1.3)
                """));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            2. one new message ÷ nothing new, whole processes (medians of {repeat}): wall {one * 1000:F0} ms ÷ {empty * 1000:F0} ms = {one / empty:F2}   (target ≤ 1.25);
               CPU {oneCpu * 1000:F0} ms ÷ {emptyCpu * 1000:F0} ms = {oneCpu / emptyCpu:F2}
               in the worker's process (medians of {InProcessRounds}): {inOne:F1} ms ÷ {inEmpty:F1} ms = {inOne / inEmpty:F2}   (target ≤ 1.1)
            3. peak RSS of the first sync (highest of {rounds}): {syncs.Max(r => r.PeakKb) / 1024.0:F0} MB   (target ≤ 250 MB)
            """));
        return 0;
    }

    private static double MedianOf(List<TimedProcess> runs, Func<TimedProcess, double> of) => ImapBench.Median([.. runs.Select(of)]);

    private static string Runs(List<TimedProcess> runs, Func<TimedProcess, double> of) => string.Join(", ", runs.Select(r => of(r).ToString("F2", CultureInfo.InvariantCulture) + " s"));

    private static async Task<TimedProcess> ExpectAsync(TextWriter output, string[] args, int? lines)
    {
        var run = await TimedProcess.RunAsync(args);
        if (run.ExitCode != 0 || (lines is { } expected && args.Contains("--json") ? run.Lines != expected : false))
        {
            throw new InvalidOperationException($"{run.CommandLine} exited {run.ExitCode} with {run.Lines} lines: {run.Tail}");
        }

        output.Write('.');
        return run;
    }

    /// <summary>
    /// Rounds of the in-process figure: two syncs of ~30 ms each vary by several ms from one to the next on this
    /// machine, so a median of 9 moved the ratio by ±0.15 between runs.
    /// </summary>
    private const int InProcessRounds = 21;

    /// <summary>
    /// The same mailbox in one worker host with a store of its own: its first sync (which warms the JIT, as in a
    /// worker that has run a while), then medians of <see cref="InProcessRounds"/> alternating empty and one-new syncs, in ms.
    /// </summary>
    private static async Task<(double Empty, double One)> InProcessAsync(DovecotServer server, string user, string book, string data, List<MimeKit.MimeMessage> extras)
    {
        using var host = WorkerHost.CreateBuilder(ImapBench.WorkerArgs(server, user, book, drafts: false, data)).Build();
        await host.Services.GetRequiredService<ISyncStore>().InitializeAsync(CancellationToken.None);
        var syncer = host.Services.GetRequiredService<MailboxSyncer>();
        var mailbox = host.Services.GetRequiredService<MailScopeOptions>().Mailboxes[0];
        await ImapBench.TimeSyncAsync(syncer, mailbox);
        var empties = new List<double>();
        var ones = new List<double>();
        for (var i = 0; i < InProcessRounds; i++)
        {
            empties.Add((await ImapBench.TimeSyncAsync(syncer, mailbox)).Elapsed.TotalMilliseconds);
            extras[i].MessageId = string.Create(CultureInfo.InvariantCulture, $"ratio-in{i}.{Guid.NewGuid():N}@bench.example");
            await server.AppendAsync(user, [extras[i]]);
            var (one, counts) = await ImapBench.TimeSyncAsync(syncer, mailbox);
            ones.Add(counts.Fetched == 1 ? one.TotalMilliseconds : throw new InvalidOperationException($"one new message fetched {counts.Fetched}"));
        }

        return (ImapBench.Median(empties), ImapBench.Median(ones));
    }
}
