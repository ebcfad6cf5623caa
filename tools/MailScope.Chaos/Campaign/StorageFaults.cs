using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// The store's disk failing under a sync (issue 13), on a tmpfs mounted on the worker's data folder: full
/// (too small for the sync, and filled by another program at a random moment mid-sync) and read-only when a
/// sync starts (Linux will not turn a disk read-only under a process writing to it). Each failed sync ends with exit 1 and an error naming the store, never a crash; the store is
/// whole (SQLite integrity check, no record claims a flag or a draft the mailbox lacks); once the disk has
/// room or write access again, the next sync completes and the mailbox ends as scan says.
/// </summary>
public static class StorageFaults
{
    public static async Task<ChaosFindings> RunAsync(ChaosMail mail, ChaosOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ChaosFindings("store disk full, read-only", "maildir + SQLite");
        using var workspace = new ChaosWorkspace(mail);
        await using var target = new MaildirTarget();
        var messages = mail.Generate(options.Size, "storage");
        var expected = await ScanOracle.ExpectAsync(mail.ScopeBook, messages, workspace.Folder);
        var mailbox = await target.CreateMailboxAsync(messages);
        workspace.AddMailbox(target.Environment(mailbox, 0), 0, options.BatchSize);
        // Room for the empty store and a few batches, not for the whole sync.
        using var disk = TmpfsMount.TryMount(workspace.DataFolder, 256 * 1024, out var refusal);
        if (disk is null)
        {
            findings.Violation("no tmpfs could be mounted here, so the store's disk could not be made full or read-only: " + refusal);
            return findings;
        }

        var database = Path.Combine(workspace.DataFolder, "mailscope.db");

        // 1. The disk fills during the sync.
        var full = await workspace.SyncAsync();
        findings.Faults++;
        log.Write('.');
        ExpectStoreError(findings, full, "the sync on a full disk", database);
        disk.Resize(512L * 1024 * 1024);
        await ExpectWholeAsync(findings, database, target, mailbox, "after the disk filled");

        // 2. The disk fills at a random moment of a sync (another program takes the space).
        var random = new Random(options.Seed);
        var filler = Path.Combine(workspace.DataFolder, "filler");
        using (var worker = workspace.StartSync())
        {
            if (!await worker.WaitAsync(TimeSpan.FromMilliseconds(random.Next(options.MinKillMs, options.MaxKillMs + 1))))
            {
                Fill(filler);
                findings.Faults++;
                log.Write('.');
                if (!await worker.WaitAsync(TimeSpan.FromMinutes(3)))
                {
                    findings.Violation("a sync still ran 3 minutes after its store's disk filled");
                    worker.Kill();
                }

                var result = await worker.ResultAsync();
                // It may have been past its last store write: then it ends well.
                if (result.ExitCode != 0)
                {
                    ExpectStoreError(findings, result, "the sync whose disk filled", database);
                }
            }
            else
            {
                KillLoop.Expect(findings, await worker.ResultAsync(), "the sync (ended before the disk filled)");
            }
        }

        File.Delete(filler);
        await ExpectWholeAsync(findings, database, target, mailbox, "after the disk filled mid-sync");

        // 3. A sync that starts on a read-only disk (Linux refuses to make a disk read-only under a process
        // writing to it, so this happens between syncs, as after a file system error).
        disk.ReadOnly(true);
        var refused = await workspace.SyncAsync();
        findings.Faults++;
        log.Write('.');
        ExpectStoreError(findings, refused, "a sync started on the read-only disk", database);
        disk.ReadOnly(false);
        await ExpectWholeAsync(findings, database, target, mailbox, "after the disk was read-only");

        // 4. The fault gone: the next sync completes.
        await KillLoop.FinishAsync(findings, workspace, target, [(mailbox, expected)], log);
        findings.Elapsed = clock.Elapsed;
        return findings;
    }

    /// <summary>Takes every free byte of the disk.</summary>
    private static void Fill(string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush();
            }
        }
        catch (IOException)
        {
            // Full: which is the point.
        }
    }

    private static void ExpectStoreError(ChaosFindings findings, ChaosWorker.Result result, string what, string database)
    {
        KillLoop.Expect(findings, result, what);
        if (result.ExitCode != 1)
        {
            findings.Violation($"{what} ended with {result.ExitCode}, not 1: {KillLoop.Tail(result.Output)}");
        }
        else if (!result.Output.Contains(database, StringComparison.Ordinal))
        {
            findings.Violation($"{what}: the error does not name the store ({database}): {KillLoop.Tail(result.Output)}");
        }
    }

    /// <summary>Nothing half-written: the database is whole, and no record claims a flag or a draft the mailbox does not have.</summary>
    private static async Task ExpectWholeAsync(ChaosFindings findings, string database, MaildirTarget target, string mailbox, string when)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            if (await check.ExecuteScalarAsync() is not "ok" and var answer)
            {
                findings.Violation($"{when}: the store fails its integrity check: {answer}");
            }
        }

        var state = await target.ObserveAsync(mailbox);
        var drafted = state.Drafts.Select(d => d.InReplyTo).ToHashSet(StringComparer.Ordinal);
        await using var records = connection.CreateCommand();
        records.CommandText = "SELECT message_key, flagged, draft_state FROM mailscope_message WHERE mailbox = $mailbox";
        records.Parameters.AddWithValue("$mailbox", mailbox);
        await using var reader = await records.ExecuteReaderAsync();
        var claims = 0;
        while (await reader.ReadAsync())
        {
            var key = reader.GetString(0).Trim('<', '>');
            if ((reader.GetInt32(1) == 1 && !state.Flagged.Contains(key)) || (reader.GetInt32(2) == (int)MailScope.Core.Sync.DraftState.Done && !drafted.Contains(key)))
            {
                claims++;
            }
        }

        if (claims > 0)
        {
            findings.Violation($"{when}: {claims} records claim a flag or a draft the mailbox does not have");
        }
    }
}
