using System.Diagnostics;
using System.Globalization;
using System.Text;
using MailKit;
using MailScope.Tooling.Servers;
using Microsoft.Data.Sqlite;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// Mutated messages (<see cref="MessageMutator"/>) through <c>scan</c>, an IMAP sync (Dovecot) and a Graph
/// sync (the stand-in): no crash, exactly one result per message (a verdict or an error record), and the
/// sync goes on past each bad one (exit 0, and the next sync has nothing left to read).
/// </summary>
public static class FuzzCampaign
{
    public static async Task<ChaosFindings> ScanAsync(ChaosMail mail, ChaosOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ChaosFindings("fuzz: scan", "files");
        using var workspace = new ChaosWorkspace(mail);
        var folder = Path.Combine(workspace.Folder, "fuzz");
        Directory.CreateDirectory(folder);
        var names = new List<string>();
        foreach (var (bytes, i) in Mutated(mail, options).Select((b, i) => (b, i)))
        {
            var name = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{i:D6}.eml"));
            await File.WriteAllBytesAsync(name, bytes);
            names.Add(name);
        }

        findings.Messages = names.Count;
        var lines = await ScanOracle.ScanAsync(mail.ScopeBook, folder, workspace.Folder);
        var sources = lines.GroupBy(l => Path.GetFullPath(l.Source)).ToDictionary(g => g.Key, g => g.Count());
        var missing = names.Where(n => !sources.ContainsKey(Path.GetFullPath(n))).ToList();
        if (lines.Count != names.Count || missing.Count > 0 || sources.Values.Any(c => c != 1))
        {
            findings.Violation($"{lines.Count} result lines for {names.Count} messages; {missing.Count} without a line (e.g. {string.Join(", ", missing.Take(3).Select(Path.GetFileName))}); {sources.Count(s => s.Value > 1)} with more than one");
        }

        var errors = lines.Count(l => l.Verdict == "error");
        if (lines.Any(l => l.Verdict == "error" && string.IsNullOrWhiteSpace(l.Error)))
        {
            findings.Violation("an error record without its error");
        }

        findings.ExpectedFlagged = findings.Flagged = lines.Count(l => l.Flagged);
        findings.Note = $"{lines.Count - errors} verdicts, {errors} error records";
        findings.Elapsed = clock.Elapsed;
        log.WriteLine();
        return findings;
    }

    public static async Task<ChaosFindings> ImapAsync(DovecotServer server, ChaosMail mail, ChaosOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ChaosFindings("fuzz: IMAP sync", "imap");
        using var workspace = new ChaosWorkspace(mail);
        var user = server.NewUser();
        await server.AppendAsync(user, []); // signs in once, so Dovecot creates the Maildir
        var inbox = Path.Combine(server.MaildirOf(user), "new");
        Directory.CreateDirectory(inbox);
        var nuls = 0;
        foreach (var (bytes, i) in Mutated(mail, options).Select((b, i) => (b, i)))
        {
            nuls += bytes.Contains((byte)0) ? 1 : 0;
            // Delivered straight into Dovecot's Maildir: the bytes the worker reads are exactly the mutation's.
            await File.WriteAllBytesAsync(Path.Combine(inbox, string.Create(CultureInfo.InvariantCulture, $"1764000000.M{i:D6}P1.fuzz")), bytes);
        }

        await DovecotServer.RunToolAsync("chown", "-R", "nobody:nogroup", server.MaildirOf(user));
        workspace.AddMailbox(server.MailboxEnvironment(user, 0), 0, options.BatchSize);
        using (var client = await server.ConnectAsync(user))
        {
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
            findings.Messages = client.Inbox.Count;
            await client.DisconnectAsync(true);
        }

        // Predicted from what Dovecot serves (NULs as 0x80), which is what the worker reads.
        var served = await ServedKeys.ReadAsync(server, user);
        var distinct = served.Values.Distinct(StringComparer.Ordinal).Count();
        await SyncTwiceAsync(findings, workspace, user, log, distinct);
        findings.Note += string.Create(CultureInfo.InvariantCulture, $"; {nuls} with NUL bytes (served as 0x80)");
        // Not only as many records as keys: the very keys, so a message recorded under another key shows.
        var keys = await ColumnAsync(Path.Combine(workspace.DataFolder, "mailscope.db"), user, "message_key");
        var unexpected = keys.Except(served.Values).ToList();
        var absent = served.Values.Except(keys).Distinct(StringComparer.Ordinal).ToList();
        if (unexpected.Count + absent.Count > 0)
        {
            findings.Violation($"{unexpected.Count} keys recorded that no message served has (e.g. {string.Join(", ", unexpected.Take(3).Select(Printable))}); {absent.Count} keys of served messages not recorded (e.g. {string.Join(", ", absent.Take(3).Select(Printable))})");
        }

        if (!findings.Passed)
        {
            // Which messages have no record, and whether another message has their key.
            var recorded = await SourceIdsAsync(Path.Combine(workspace.DataFolder, "mailscope.db"), user);
            var byKey = served.GroupBy(s => s.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(s => s.Key).Order().ToList(), StringComparer.Ordinal);
            foreach (var (uid, key) in served.Where(s => !recorded.Contains(s.Key.ToString(CultureInfo.InvariantCulture))).OrderBy(s => s.Key).Take(10))
            {
                var others = byKey[key].Where(u => u != uid && recorded.Contains(u.ToString(CultureInfo.InvariantCulture))).ToList();
                findings.Violation(others.Count > 0
                    ? $"UID {uid} has no record (its key {Printable(key)} is recorded for UID {others[0]})"
                    : $"UID {uid} has no record and no other message has its key {Printable(key)}");
            }
        }

        findings.Elapsed = clock.Elapsed;
        return findings;
    }

    public static async Task<ChaosFindings> GraphAsync(ChaosMail mail, ChaosOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ChaosFindings("fuzz: Graph sync", "graph");
        using var workspace = new ChaosWorkspace(mail);
        await using var target = new GraphTarget();
        var mailbox = await target.CreateMailboxAsync([]);
        var random = new Random(options.Seed);
        foreach (var (bytes, i) in Mutated(mail, options).Select((b, i) => (b, i)))
        {
            // Graph hands over JSON strings: the mutation's bytes as text, with what JSON can carry that mail cannot.
            var text = (i % 3) switch
            {
                0 => Encoding.UTF8.GetString(bytes),
                1 => Encoding.Latin1.GetString(bytes),
                _ => Encoding.UTF8.GetString(bytes) + "\uD800\u0000\uFFFF" + new string('<', random.Next(1, 5000)),
            };
            var subject = text.Split('\n').FirstOrDefault(l => l.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase)) ?? text[..Math.Min(text.Length, 200)];
            target.Graph.Add(i % 7 == 0 ? null : $"<fuzz{i}.{options.Seed}@chaos.example>", subject + " #" + i.ToString(CultureInfo.InvariantCulture),
                i % 5 == 0 ? null : "Alex Kim", i % 11 == 0 ? string.Empty : "alex.kim@example.com", text);
        }

        findings.Messages = target.Graph.Items.Count;
        workspace.AddMailbox(target.Environment(mailbox, 0), 0, options.BatchSize);
        await SyncTwiceAsync(findings, workspace, mailbox, log);
        findings.Elapsed = clock.Elapsed;
        return findings;
    }

    /// <summary>The sync must end well with one record per message; the next finds nothing left to judge.</summary>
    private static async Task SyncTwiceAsync(ChaosFindings findings, ChaosWorkspace workspace, string mailbox, TextWriter log, int? distinct = null)
    {
        // The worker's default patience (15 min) is a hang detector sized for 2,000 messages; at 10,000 with
        // drafts on a shared machine the first sync can take longer without being stuck.
        var first = await workspace.SyncAsync(TimeSpan.FromMinutes(Math.Max(15, findings.Messages / 250)));
        KillLoop.Expect(findings, first, "the sync");
        if (first.ExitCode != 0)
        {
            findings.Violation($"the sync failed ({first.ExitCode}): {KillLoop.Tail(first.Output)}");
        }

        var (records, errors, flagged) = await CountRecordsAsync(Path.Combine(workspace.DataFolder, "mailscope.db"), mailbox);
        // Messages that are one message by the worker's key (the same Message-ID, or with none the same date,
        // sender, recipients, subject and text; see MessageKeys) are rightly recorded once.
        if (records != (distinct ?? findings.Messages))
        {
            var recorded = await SourceIdsAsync(Path.Combine(workspace.DataFolder, "mailscope.db"), mailbox);
            findings.Violation($"{records} records for {findings.Messages} messages ({recorded.Count} source ids recorded)");
        }

        var second = await workspace.SyncAsync();
        KillLoop.Expect(findings, second, "the second sync");
        if (second.ExitCode != 0 || !second.Output.Contains(" 0 judged, 0 flagged, 0 drafted", StringComparison.Ordinal))
        {
            findings.Violation($"the second sync did not find everything done ({second.ExitCode}): {KillLoop.Tail(second.Output)}");
        }

        findings.ExpectedFlagged = findings.Flagged = flagged;
        findings.Note = $"{records - errors} judged, {errors} error records" + (distinct is { } d && d != findings.Messages ? $"; {findings.Messages - d} one message by the worker's key with another (the same Message-ID, or with none the same content)" : string.Empty);
        log.WriteLine();
    }

    private static Task<HashSet<string>> SourceIdsAsync(string database, string mailbox) => ColumnAsync(database, mailbox, "source_id");

    private static async Task<HashSet<string>> ColumnAsync(string database, string mailbox, string column)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {column} FROM mailscope_message WHERE mailbox = $mailbox";
        command.Parameters.AddWithValue("$mailbox", mailbox);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<(int Records, int Errors, int Flagged)> CountRecordsAsync(string database, string mailbox)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), coalesce(sum(verdict = 'error'), 0), coalesce(sum(flagged), 0) FROM mailscope_message WHERE mailbox = $mailbox";
        command.Parameters.AddWithValue("$mailbox", mailbox);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    private static string Printable(string key) =>
        string.Concat(key.Take(80).Select(c => c is < ' ' or > '~' ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString()));

    /// <summary>The campaign's mutated messages: the corpus with fresh Message-IDs, each broken one way.</summary>
    public static IEnumerable<byte[]> Mutated(ChaosMail mail, ChaosOptions options)
    {
        var messages = mail.Generate(options.Size, "fuzz");
        for (var i = 0; i < messages.Count; i++)
        {
            // The corpus repeats: a subject of its own keeps two copies that lose their Message-ID from being
            // one message by content (which the worker rightly records once).
            messages[i].Subject += " #" + i.ToString(CultureInfo.InvariantCulture);
            yield return MessageMutator.Mutate(ChaosMail.Bytes(messages[i]), options.Seed, i).Bytes;
        }
    }
}
