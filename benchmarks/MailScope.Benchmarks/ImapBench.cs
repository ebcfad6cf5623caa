using System.Diagnostics;
using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MailScope.Core.Sync;
using MailScope.Tooling.Servers;
using MailScope.Infrastructure.Configuration;
using MailScope.Worker.Hosting;
using MailScope.Worker.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;

namespace MailScope.Benchmarks;

/// <summary>
/// The worker against a real Dovecot holding 10,000 labelled messages (the career-coach corpus repeated):
/// first sync against a plain MailKit fetch of the same messages, one new message against an empty sync,
/// the worker's peak memory, and imapfilter flagging the same mailbox with a keyword rule.
/// </summary>
internal static class ImapBench
{
    private const int Count = 10_000;

    /// <summary>Runs every part, or the one named by <c>--only first|incremental|memory|imapfilter</c>.</summary>
    public static async Task<int> RunAsync(TextWriter output, string[] args)
    {
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        var server = new DovecotServer();
        await server.InitializeAsync();
        try
        {
            return await RunAsync(server, output, only);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<int> RunAsync(DovecotServer server, TextWriter output, string? only)
    {
        var users = Enumerable.Range(0, 5).Select(_ => server.NewUser()).ToList();
        // The 10,000 parsed messages are appended and then let go: held during the timed syncs, they would
        // make every collection of the benchmark process dearer than in the worker it stands for.
        var (book, labels, extras) = await AppendCorpusAsync(server, output, users, only);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

        if (only is null or "first" or "incremental" or "imapfilter")
        {
            var result = await FirstAndIncrementalAsync(server, output, users, book, extras, labels, only);
            if (result != 0)
            {
                return result;
            }
        }

        if (only is null or "memory")
        {
            await MemoryAsync(server, output, users, book);
        }

        if (only is null or "imapfilter")
        {
            await ImapFilterAsync(server, output, users, labels);
        }

        return 0;
    }

    private static async Task<(string Book, Dictionary<string, bool> Labels, List<MimeMessage> Extras)> AppendCorpusAsync(
        DovecotServer server, TextWriter output, List<string> users, string? only)
    {
        var (book, messages) = LoadCorpus(Count);
        var labels = messages.ToDictionary(m => m.Message.MessageId!, m => m.Flagged);
        var clock = Stopwatch.StartNew();
        // Which mailboxes each part uses: 0 plain fetch, 1 MailScope first sync + incremental, 2-3 worker process, 4 imapfilter.
        var needed = only switch
        {
            "first" or "incremental" => [0, 1],
            "memory" => [2, 3],
            "imapfilter" => [1, 4],
            _ => new[] { 0, 1, 2, 3, 4 },
        };
        foreach (var user in needed.Select(i => users[i]))
        {
            await server.AppendAsync(user, messages.Select(m => m.Message));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{needed.Length} mailboxes of {Count:N0} messages appended in {clock.Elapsed.TotalSeconds:F1} s"));
        return (book, labels, [.. messages.Take(9).Select(m => m.Message)]);
    }

    private static double s_firstSeconds;

    private static async Task<int> FirstAndIncrementalAsync(
        DovecotServer server, TextWriter output, List<string> users, string book, List<MimeMessage> extras, Dictionary<string, bool> labels, string? only)
    {
        // 1. First sync (drafts off) against plain MailKit fetching every message; plain runs before and after.
        await PlainFetchAsync(server, users[0]); // warm-up: Dovecot's caches and the JIT
        var plain1 = await PlainFetchAsync(server, users[0]);
        var (first, firstCounts, syncer, mailbox) = await InProcessSyncAsync(server, users[1], book, drafts: false);
        var plain2 = await PlainFetchAsync(server, users[0]);
        var plain = (plain1.TotalSeconds + plain2.TotalSeconds) / 2;
        output.WriteLine();
        output.WriteLine("First sync of 10,000 messages (fetch + judge + flag, drafts off) vs plain MailKit fetch + parse of the same:");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  plain MailKit (GetStreams per 200 + MimeMessage.Load): {plain1.TotalSeconds:F2} s, {plain2.TotalSeconds:F2} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  MailScope sync: {first.TotalSeconds:F2} s ({firstCounts.Flagged:N0} flagged, {firstCounts.RoundTrips:N0} round trips)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio: {first.TotalSeconds / plain:F2}  (target <= 1.3)"));
        var naive = await NaiveFetchAsync(server, users[0]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  for reference, MailKit GetMessage per UID: {naive.TotalSeconds:F2} s (MailScope / that: {first.TotalSeconds / naive.TotalSeconds:F2})"));

        s_firstSeconds = first.TotalSeconds;
        _ = labels;
        if (only == "imapfilter")
        {
            return 0;
        }

        // 2. One new message against an empty sync, same mailbox, alternating, medians of 9.
        var empties = new List<double>();
        var ones = new List<double>();
        int emptyTrips = 0, oneTrips = 0;
        for (var i = 0; i < 9; i++)
        {
            var (empty, emptyCounts) = await TimeSyncAsync(syncer, mailbox);
            empties.Add(empty.TotalMilliseconds);
            emptyTrips = emptyCounts.RoundTrips;
            var extra = extras[i];
            extra.MessageId = $"new{i}.{Guid.NewGuid():N}@bench.example";
            await server.AppendAsync(users[1], [extra]);
            var (one, oneCounts) = await TimeSyncAsync(syncer, mailbox);
            ones.Add(one.TotalMilliseconds);
            oneTrips = oneCounts.RoundTrips;
            if (oneCounts.Fetched != 1)
            {
                output.WriteLine($"  one new message fetched {oneCounts.Fetched} messages");
                return 1;
            }
        }

        var emptyMedian = Median(empties);
        var oneMedian = Median(ones);
        output.WriteLine();
        output.WriteLine("One new message in the 10,000-message mailbox vs a sync with nothing new (median of 9 each):");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  empty sync: {emptyMedian:F1} ms, {emptyTrips} round trips; one new: {oneMedian:F1} ms, {oneTrips} round trips"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio: {oneMedian / emptyMedian:F2}  (target <= 1.1)"));
        return 0;
    }

    private static async Task MemoryAsync(DovecotServer server, TextWriter output, List<string> users, string book)
    {
        // 3. The worker as its own process: time and peak memory, drafts off and on.
        output.WriteLine();
        output.WriteLine("The worker process (sync --once) on 10,000 messages: wall time and peak RSS:");
        foreach (var (user, drafts) in new[] { (users[2], false), (users[3], true) })
        {
            var (seconds, peakKb, exit) = await WorkerProcessAsync(server, user, book, drafts);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  drafts {(drafts ? "on " : "off")}: {seconds:F1} s, peak RSS {peakKb / 1024.0:F0} MB (target <= 200 MB), exit {exit}"));
        }
    }

    private static async Task ImapFilterAsync(DovecotServer server, TextWriter output, List<string> users, Dictionary<string, bool> labels)
    {
        // 4. imapfilter with a keyword rule on its own copy of the mailbox.
        output.WriteLine();
        output.WriteLine("Side by side with imapfilter (keyword rule) on the same 10,000 messages, against the labels:");
        var mailScopeFlags = await FlaggedIdsAsync(server, users[1]);
        output.WriteLine("  " + Score("MailScope", s_firstSeconds, mailScopeFlags, labels, Count));
        var imapfilter = await RunImapFilterAsync(server, users[4]);
        if (imapfilter is null)
        {
            output.WriteLine("  imapfilter is not installed (apt-get install imapfilter); skipped");
        }
        else
        {
            output.WriteLine("  " + Score("imapfilter", imapfilter.Value.TotalSeconds, await FlaggedIdsAsync(server, users[4]), labels, Count));
        }
    }

    private static string Score(string name, double seconds, HashSet<string> flagged, Dictionary<string, bool> labels, int count)
    {
        var truePositives = flagged.Count(id => labels.GetValueOrDefault(id));
        var positives = labels.Count(l => l.Value);
        var precision = flagged.Count == 0 ? 0 : (double)truePositives / flagged.Count;
        var recall = (double)truePositives / positives;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-10} {seconds,6:F2} s  flagged {flagged.Count,6:N0} of {count:N0} (labelled creep {positives:N0})  precision {precision:P1}  recall {recall:P1}  F1 {f1:F3}");
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    internal static (string Book, List<(MimeMessage Message, bool Flagged)> Messages) LoadCorpus(int count)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "corpus", "career-coach");
        var labelled = File.ReadLines(Path.Combine(folder, "labels.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (Bytes: File.ReadAllBytes(Path.Combine(folder, "mail", p[0])), Flagged: p[1] is "over_quota" or "out_of_scope" or "outside_expertise"))
            .ToList();
        var messages = new List<(MimeMessage, bool)>(count);
        for (var i = 0; i < count; i++)
        {
            var (bytes, flagged) = labelled[i % labelled.Count];
            var message = MimeMessage.Load(new MemoryStream(bytes));
            message.MessageId = $"bench{i}@bench.example";
            messages.Add((message, flagged));
        }

        return (Path.Combine(folder, "scope.yaml"), messages);
    }

    private static async Task<TimeSpan> PlainFetchAsync(DovecotServer server, string user)
    {
        var clock = Stopwatch.StartNew();
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", server.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, DovecotServer.Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var uids = await client.Inbox.SearchAsync(MailKit.Search.SearchQuery.All);
        var parsed = 0;
        foreach (var chunk in uids.Chunk(200))
        {
            await ((ImapFolder)client.Inbox).GetStreamsAsync(chunk, async (_, _, _, stream, ct) =>
            {
                _ = await MimeMessage.LoadAsync(stream, ct);
                parsed++;
            });
        }

        await client.DisconnectAsync(true);
        return parsed == uids.Count ? clock.Elapsed : throw new InvalidOperationException("plain fetch missed messages");
    }

    private static async Task<TimeSpan> NaiveFetchAsync(DovecotServer server, string user)
    {
        var clock = Stopwatch.StartNew();
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", server.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, DovecotServer.Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        foreach (var uid in await client.Inbox.SearchAsync(MailKit.Search.SearchQuery.All))
        {
            _ = await client.Inbox.GetMessageAsync(uid);
        }

        await client.DisconnectAsync(true);
        return clock.Elapsed;
    }

    internal static string[] WorkerArgs(DovecotServer server, string user, string book, bool drafts, string data) =>
    [
        $"--MailScope:ScopeBook={book}", "--MailScope:Today=2026-11-27", $"--MailScope:DataFolder={data}",
        $"--MailScope:Mailboxes:0:Name={user}", "--MailScope:Mailboxes:0:Kind=Imap", "--MailScope:Mailboxes:0:Imap:Host=127.0.0.1",
        $"--MailScope:Mailboxes:0:Imap:Port={server.Port}", "--MailScope:Mailboxes:0:Imap:Security=None", $"--MailScope:Mailboxes:0:Imap:User={user}",
        $"--MailScope:Mailboxes:0:Imap:Password={DovecotServer.Password}", $"--MailScope:Mailboxes:0:CreateDrafts={drafts}",
        "--Logging:LogLevel:Default=Warning",
    ];

    private static async Task<(TimeSpan Elapsed, SyncCounts Counts, MailboxSyncer Syncer, MailboxOptions Mailbox)> InProcessSyncAsync(
        DovecotServer server, string user, string book, bool drafts)
    {
        var data = Path.Combine(Path.GetTempPath(), "mailscope-imapbench-" + Guid.NewGuid().ToString("N")[..8]);
        var host = WorkerHost.CreateBuilder(WorkerArgs(server, user, book, drafts, data)).Build();
        await host.Services.GetRequiredService<ISyncStore>().InitializeAsync(CancellationToken.None);
        var syncer = host.Services.GetRequiredService<MailboxSyncer>();
        var mailbox = host.Services.GetRequiredService<MailScopeOptions>().Mailboxes[0];
        var (elapsed, counts) = await TimeSyncAsync(syncer, mailbox);
        return (elapsed, counts, syncer, mailbox);
    }

    internal static async Task<(TimeSpan Elapsed, SyncCounts Counts)> TimeSyncAsync(MailboxSyncer syncer, MailboxOptions mailbox)
    {
        var clock = Stopwatch.StartNew();
        var counts = await syncer.SyncAsync(mailbox, CancellationToken.None) ?? throw new InvalidOperationException("mailbox busy");
        return (clock.Elapsed, counts);
    }

    private static async Task<(double Seconds, long PeakKb, int Exit)> WorkerProcessAsync(DovecotServer server, string user, string book, bool drafts)
    {
        var data = Path.Combine(Path.GetTempPath(), "mailscope-imapbench-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { WorkerBinary.Path, "sync", "--once" }.Concat(WorkerArgs(server, user, book, drafts, data)))
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakMemory.ReadKb(process.Id));
        }

        await process.WaitForExitAsync();
        return (clock.Elapsed.TotalSeconds, peak, process.ExitCode);
    }

    private static async Task<HashSet<string>> FlaggedIdsAsync(DovecotServer server, string user)
    {
        using var client = await server.ConnectAsync(user);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var summaries = await client.Inbox.FetchAsync(0, -1, MessageSummaryItems.Flags | MessageSummaryItems.Envelope);
        await client.DisconnectAsync(true);
        return summaries.Where(s => s.Flags!.Value.HasFlag(MessageFlags.Flagged)).Select(s => s.Envelope!.MessageId!).ToHashSet();
    }

    /// <summary>imapfilter flagging messages whose body holds a typical "extra ask" phrase.</summary>
    private static async Task<TimeSpan?> RunImapFilterAsync(DovecotServer server, string user)
    {
        if (!File.Exists("/usr/bin/imapfilter"))
        {
            return null;
        }

        var folder = Path.Combine(Path.GetTempPath(), "mailscope-imapfilter-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var config = Path.Combine(folder, "config.lua");
        var phrases = new[] { "could you", "can you", "would you", "one more", "also", "extra", "quick favour", "as well" };
        await File.WriteAllTextAsync(config, $$"""
            options.timeout = 300
            options.subscribe = false
            options.create = false
            options.starttls = false
            local account = IMAP {
                server = '127.0.0.1',
                port = {{server.Port}},
                username = '{{user}}',
                password = '{{DovecotServer.Password}}',
            }
            local hits = {{string.Join(" + ", phrases.Select(p => $"account.INBOX:contain_body('{p}')"))}}
            hits:add_flags({ '\\Flagged', '$ScopeCreep' })
            """);
        var start = new ProcessStartInfo("/usr/bin/imapfilter") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(config);
        start.Environment["HOME"] = folder;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = clock.Elapsed;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"imapfilter failed: {await stderr}");
        }

        return elapsed;
    }
}
