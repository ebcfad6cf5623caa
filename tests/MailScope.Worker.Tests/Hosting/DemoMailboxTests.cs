using MailScope.Infrastructure.Configuration;
using MailScope.Worker.Hosting;

namespace MailScope.Worker.Tests.Hosting;

/// <summary>The demo Maildir is seeded once and whole, even when several processes start at once on a fresh data folder.</summary>
public sealed class DemoMailboxTests
{
    [Fact]
    public void Starts_at_once_on_a_fresh_data_folder_seed_one_whole_demo_mailbox()
    {
        using var folder = new TempFolder();
        var samples = Directory.GetFiles(Path.Combine(SampleBook.Folder, "mailbox"), "*.eml").Length;
        using var start = new Barrier(6);
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var starters = Enumerable.Range(0, 6).Select(_ => new Thread(() =>
        {
            // Each its own options, as each process has.
            var options = new MailScopeOptions { DataFolder = Path.Combine(folder.Path, "data") };
            DemoMailbox.AddTo(options);
            start.SignalAndWait();
            try
            {
                DemoMailbox.Seed(options);
            }
            catch (IOException ex)
            {
                failures.Add(ex);
            }
        })).ToList();
        starters.ForEach(t => t.Start());
        starters.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.Equal(samples, Directory.GetFiles(Path.Combine(folder.Path, "data", "demo-maildir", "new")).Length);
        Assert.Equal(["demo-maildir"], Directory.GetDirectories(Path.Combine(folder.Path, "data")).Select(Path.GetFileName));
    }
}
