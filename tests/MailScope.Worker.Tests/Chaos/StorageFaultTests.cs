using MailScope.Chaos.Campaign;

namespace MailScope.Worker.Tests.Chaos;

/// <summary>
/// The store's disk full and read-only (a tmpfs on the data folder, where the machine lets the tests mount
/// one: as root with the mount capability; elsewhere that test checks nothing), at a CI size; and a store
/// folder that cannot be made at all (a file where it goes), which needs no mount.
/// </summary>
public sealed class StorageFaultTests
{
    [Fact]
    public async Task A_full_or_read_only_store_fails_the_sync_naming_the_store_and_the_next_sync_recovers()
    {
        var probe = Path.Combine(Path.GetTempPath(), "mailscope-tmpfs-probe-" + Guid.NewGuid().ToString("N")[..8]);
        using (var mount = TmpfsMount.TryMount(probe, 64 * 1024, out _))
        {
            if (mount is null)
            {
                return;
            }
        }

        Directory.Delete(probe);
        ChaosAssert.Passed(await StorageFaults.RunAsync(ChaosMail.Load(), ChaosAssert.Small(100, 0), TextWriter.Null));
    }

    [Fact]
    public async Task A_store_folder_that_cannot_be_made_fails_the_sync_with_exit_1_naming_it()
    {
        var mail = ChaosMail.Load();
        using var workspace = new ChaosWorkspace(mail);
        await using var target = new MaildirTarget();
        var mailbox = await target.CreateMailboxAsync(mail.Generate(10, "unusable"));
        workspace.AddMailbox(target.Environment(mailbox, 0), 0, 20);
        var blocked = Path.Combine(workspace.Folder, "blocked");
        await File.WriteAllTextAsync(blocked, "a file where the store's folder goes");
        workspace.Environment["MailScope__Storage__ConnectionString"] = $"Data Source={Path.Combine(blocked, "mailscope.db")}";

        var run = await workspace.SyncAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(blocked, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Output, StringComparison.Ordinal);
    }
}
