using MailScope.Worker.Configuration;
using MailScope.Worker.Mailboxes;

namespace MailScope.Worker.Hosting;

/// <summary>
/// The embedded default: with no mailbox configured, a Maildir under the data folder filled once from the
/// shipped sample mailbox, judged against the shipped sample scope book.
/// </summary>
internal static class DemoMailbox
{
    public const string Name = "demo";

    /// <summary>The date the samples are written for, so the demo shows the same verdicts on any day.</summary>
    public static readonly DateOnly SampleDate = new(2026, 11, 27);

    /// <summary>With no mailbox configured: the sample book (and, when <paramref name="seed"/>, the demo Maildir).</summary>
    public static bool Apply(MailScopeOptions options, bool seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mailboxes.Count > 0)
        {
            return false;
        }

        var samples = Path.Combine(AppContext.BaseDirectory, "demo");
        options.ScopeBook ??= Path.Combine(samples, "scope-book.yaml");
        options.Today ??= SampleDate;
        if (!seed)
        {
            return true;
        }

        var maildir = Path.Combine(options.DataFolder, "demo-maildir");
        if (!Directory.Exists(Path.Combine(maildir, "cur")))
        {
            Seed(Path.Combine(samples, "mailbox"), maildir);
        }

        options.Mailboxes.Add(new MailboxOptions { Name = Name, Kind = MailboxKind.Maildir, Maildir = new MaildirOptions { Path = maildir } });
        return true;
    }

    private static void Seed(string source, string maildir)
    {
        // Built in a temporary folder and renamed: a crash never leaves a half-seeded demo behind.
        var temp = maildir + ".seeding";
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }

        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(temp, sub));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*.eml").Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(temp, "new", MaildirMailboxSession.NewUniqueName()));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(maildir))!);
        Directory.Move(temp, maildir);
    }
}
