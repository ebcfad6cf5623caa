using MailScope.Infrastructure.Configuration;
using MailScope.Worker.Mailboxes;

namespace MailScope.Worker.Hosting;

/// <summary>
/// The embedded default: with no mailbox configured, a Maildir under the data folder filled once (at start,
/// never while services are registered) from the shipped sample mailbox.
/// </summary>
internal static class DemoMailbox
{
    public const string Name = "demo";

    /// <summary>The demo Maildir's place under the data folder.</summary>
    public static string PathIn(MailScopeOptions options) => Path.Combine(options.DataFolder, "demo-maildir");

    /// <summary>With no mailbox configured: the demo Maildir (options only; <see cref="Seed"/> makes it).</summary>
    public static void AddTo(MailScopeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mailboxes.Count == 0)
        {
            options.Mailboxes.Add(new MailboxOptions { Name = Name, Kind = MailboxKind.Maildir, Maildir = new MaildirOptions { Path = PathIn(options) } });
        }
    }

    /// <summary>Whether the configured mailboxes are the demo's alone.</summary>
    public static bool IsDemo(MailScopeOptions options) =>
        options.Mailboxes is [{ Name: Name, Kind: MailboxKind.Maildir } demo] && demo.Maildir.Path == PathIn(options);

    /// <summary>Fills the demo Maildir from the samples when it does not exist yet.</summary>
    public static void Seed(MailScopeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var maildir = PathIn(options);
        if (!IsDemo(options) || Directory.Exists(Path.Combine(maildir, "cur")))
        {
            return;
        }

        // Built in a temporary folder of this process's own and renamed: a crash never leaves a half-seeded demo
        // behind, and processes starting at once on a fresh data folder (a few `ledger add`s, say) never share one.
        var temp = $"{maildir}.seeding-{Environment.ProcessId}-{Guid.NewGuid():N}";
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(temp, sub));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(SampleBook.Folder, "mailbox"), "*.eml").Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(temp, "new", MaildirMailboxSession.NewUniqueName()));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(maildir))!);
        try
        {
            Directory.Move(temp, maildir);
        }
        catch (IOException) when (Directory.Exists(Path.Combine(maildir, "cur")))
        {
            // Another process seeded it first: theirs is kept, ours goes.
            Directory.Delete(temp, recursive: true);
        }
    }
}
