namespace MailScope.Worker.Tests.Syncing;

/// <summary>Configuration mistakes stop the worker before it touches a mailbox, with the key or file named.</summary>
public sealed class WorkerConfigurationTests
{
    [Fact]
    public async Task A_broken_scope_book_is_reported_with_file_and_line_and_exit_2()
    {
        using var folder = new TempFolder();
        var book = folder.File("book.yaml");
        await File.WriteAllTextAsync(book, "version: 1\nprovider:\n  name: [unclosed\n");

        var run = await WorkerProcess.RunAsync(new Dictionary<string, string> { ["MailScope__ScopeBook"] = book }, folder.Path, "sync", "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("book.yaml:", run.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "data", "demo-maildir", "cur")) && Directory.GetFiles(Path.Combine(folder.Path, "data", "demo-maildir", "cur")).Any(f => f.Contains(":2,F", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unknown_mailbox_kind_names_the_key()
    {
        using var folder = new TempFolder();
        var run = await WorkerProcess.RunAsync(new Dictionary<string, string>
        {
            ["MailScope__Mailboxes__0__Name"] = "work",
            ["MailScope__Mailboxes__0__Kind"] = "Pop3",
        }, folder.Path, "sync", "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Kind", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_mailboxes_with_one_name_are_refused()
    {
        using var folder = new TempFolder();
        var run = await WorkerProcess.RunAsync(new Dictionary<string, string>
        {
            ["MailScope__Mailboxes__0__Name"] = "work",
            ["MailScope__Mailboxes__0__Kind"] = "Maildir",
            ["MailScope__Mailboxes__1__Name"] = "Work",
            ["MailScope__Mailboxes__1__Kind"] = "Maildir",
        }, folder.Path, "sync", "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MailScope:Mailboxes:1:Name", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_of_a_mailbox_that_is_not_configured_says_which_are()
    {
        using var folder = new TempFolder();
        var run = await WorkerProcess.RunAsync(new Dictionary<string, string>(), folder.Path, "sync", "--once", "--mailbox", "nope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no mailbox named 'nope'", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("demo", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_maildir_path_that_is_not_a_maildir_fails_that_mailbox_with_exit_1()
    {
        using var folder = new TempFolder();
        var run = await WorkerProcess.RunAsync(new Dictionary<string, string>
        {
            ["MailScope__ScopeBook"] = Path.Combine(RepoPaths.Root, "samples", "scope-book.yaml"),
            ["MailScope__Mailboxes__0__Name"] = "local",
            ["MailScope__Mailboxes__0__Kind"] = "Maildir",
            ["MailScope__Mailboxes__0__Maildir__Path"] = folder.File("missing"),
        }, folder.Path, "sync", "--once");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("mailbox 'local'", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("not a Maildir", run.StdErr, StringComparison.Ordinal);
    }
}
