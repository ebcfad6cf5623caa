using System.Globalization;
using MimeKit;

namespace MailScope.Chaos.Campaign;

/// <summary>Local Maildirs under a folder of the campaign's own.</summary>
public sealed class MaildirTarget : ChaosTarget
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mailscope-chaos-maildir-" + Guid.NewGuid().ToString("N")[..8]);
    private int _mailboxes;

    public override string Name => "maildir";

    public string PathOf(string mailbox) => Path.Combine(_root, mailbox);

    public override async Task<string> CreateMailboxAsync(IReadOnlyList<MimeMessage> messages)
    {
        var name = "maildir" + Interlocked.Increment(ref _mailboxes).ToString(CultureInfo.InvariantCulture);
        var path = PathOf(name);
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(path, sub));
        }

        for (var i = 0; i < messages.Count; i++)
        {
            // Delivered as a mail server delivers: written in tmp/, then moved to new/ under a unique name.
            var unique = string.Create(CultureInfo.InvariantCulture, $"1764000000.M{i:D6}P1Q{i}.chaos");
            await File.WriteAllBytesAsync(Path.Combine(path, "tmp", unique), ChaosMail.Bytes(messages[i]));
            File.Move(Path.Combine(path, "tmp", unique), Path.Combine(path, "new", unique));
        }

        return name;
    }

    public override Dictionary<string, string> Environment(string mailbox, int index) => new()
    {
        [$"MailScope__Mailboxes__{index}__Name"] = mailbox,
        [$"MailScope__Mailboxes__{index}__Kind"] = "Maildir",
        [$"MailScope__Mailboxes__{index}__Maildir__Path"] = PathOf(mailbox),
    };

    public override async Task<MailboxState> ObserveAsync(string mailbox)
    {
        var path = PathOf(mailbox);
        var messages = new HashSet<string>(StringComparer.Ordinal);
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(path, "cur")).Concat(Directory.EnumerateFiles(Path.Combine(path, "new"))))
        {
            await using var stream = File.OpenRead(file);
            var id = ((await HeaderList.LoadAsync(stream))[HeaderId.MessageId] ?? string.Empty).Trim().Trim('<', '>');
            messages.Add(id);
            var name = Path.GetFileName(file);
            var info = name.Contains(":2,", StringComparison.Ordinal) ? name[(name.IndexOf(":2,", StringComparison.Ordinal) + 3)..] : string.Empty;
            if (info.Contains('F', StringComparison.Ordinal))
            {
                flagged.Add(id);
            }
        }

        var drafts = new List<DraftSeen>();
        var folder = Path.Combine(path, ".Drafts");
        foreach (var sub in new[] { "cur", "new" })
        {
            if (Directory.Exists(Path.Combine(folder, sub)))
            {
                foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, sub)))
                {
                    drafts.Add(DraftSeen.Of(await MimeMessage.LoadAsync(file)));
                }
            }
        }

        return new MailboxState(messages, flagged, drafts);
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }

        await base.DisposeAsync();
    }
}
