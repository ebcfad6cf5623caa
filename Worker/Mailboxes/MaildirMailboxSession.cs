using System.Globalization;
using System.Runtime.CompilerServices;
using MailScope.Infrastructure.MailReading;
using MimeKit;

namespace MailScope.Worker.Mailboxes;

/// <summary>
/// A local Maildir (Maildir++ for the Drafts folder). Flags live in the file name (<c>:2,F</c>), keywords as
/// Dovecot stores them: a letter per keyword, the letters listed in <c>dovecot-keywords</c>. Messages are
/// told apart by the unique part of their file name, which survives flag changes.
/// </summary>
internal sealed class MaildirMailboxSession(string name, string path, Func<CancellationToken, Task<IReadOnlySet<string>>> knownIds) : IMailboxSession
{
    private static int s_counter;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public MailboxCounters Counters { get; } = new();

    public bool KeywordsAllowed => true;

    public Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(path, "cur")) || !Directory.Exists(Path.Combine(path, "new")))
        {
            throw new MailboxException(name, $"{path} is not a Maildir (it needs cur/ and new/).");
        }

        Directory.CreateDirectory(Path.Combine(path, "tmp"));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<FetchedBatch> ReadNewAsync(string? checkpoint, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var known = await knownIds(cancellationToken).ConfigureAwait(false);
        var fresh = Directory.EnumerateFiles(Path.Combine(path, "new")).Concat(Directory.EnumerateFiles(Path.Combine(path, "cur")))
            .Select(f => (File: f, Id: UniqueName(Path.GetFileName(f))))
            .Where(f => !known.Contains(f.Id))
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var chunk in fresh.Chunk(Math.Max(1, batchSize)))
        {
            var messages = new List<FetchedMessage>(chunk.Length);
            foreach (var (file, id) in chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _files[id] = file;
                messages.Add(await ReadAsync(file, id, cancellationToken).ConfigureAwait(false));
            }

            yield return new FetchedBatch(messages, null);
        }
    }

    private async Task<FetchedMessage> ReadAsync(string file, string id, CancellationToken cancellationToken)
    {
        Counters.AddFetched();
        try
        {
            var message = await MimeMessage.LoadAsync(MimeMessageReader.Options, file, cancellationToken).ConfigureAwait(false);
            return new FetchedMessage(id, message, null);
        }
        catch (FormatException ex)
        {
            return new FetchedMessage(id, null, $"cannot be parsed as MIME: {ex.Message}");
        }
        catch (FileNotFoundException)
        {
            return new FetchedMessage(id, null, "was moved or deleted while syncing");
        }
    }

    public async Task<IReadOnlyList<FetchedMessage>> FetchAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        var found = new List<FetchedMessage>(sourceIds.Count);
        foreach (var id in sourceIds)
        {
            if (CurrentFile(id) is { } file)
            {
                _files[id] = file;
                found.Add(await ReadAsync(file, id, cancellationToken).ConfigureAwait(false));
            }
        }

        return found;
    }

    public Task FlagAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (sourceIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        var letter = new MaildirKeywords(path).LetterFor(ImapMailboxSession.Keyword);
        foreach (var id in sourceIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = CurrentFile(id);
            if (file is null)
            {
                continue;
            }

            var fileName = Path.GetFileName(file);
            var info = fileName.Contains(":2,", StringComparison.Ordinal) ? fileName[(fileName.IndexOf(":2,", StringComparison.Ordinal) + 3)..] : string.Empty;
            var flags = new SortedSet<char>(info) { 'F' };
            if (letter is { } l)
            {
                flags.Add(l);
            }

            // Renaming within one file system is atomic: the message is under its old or its new name.
            var target = Path.Combine(path, "cur", $"{id}:2,{new string([.. flags])}");
            if (target != file)
            {
                File.Move(file, target);
                _files[id] = target;
            }
        }

        return Task.CompletedTask;
    }

    private string? CurrentFile(string id)
    {
        if (_files.TryGetValue(id, out var file) && File.Exists(file))
        {
            return file;
        }

        // Another program may have changed its flags (and so its name) since we read it.
        return Directory.EnumerateFiles(Path.Combine(path, "cur"), id + "*").Concat(Directory.EnumerateFiles(Path.Combine(path, "new"), id + "*"))
            .FirstOrDefault(f => UniqueName(Path.GetFileName(f)) == id);
    }

    public async Task<string?> FindDraftAsync(string messageKey, CancellationToken cancellationToken)
    {
        var drafts = DraftsFolder();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(drafts, "cur")).Concat(Directory.EnumerateFiles(Path.Combine(drafts, "new"))))
        {
            await using var stream = File.OpenRead(file);
            var headers = await HeaderList.LoadAsync(MimeMessageReader.Options, stream, cancellationToken).ConfigureAwait(false);
            if (headers[DraftMarker.Header]?.Trim() == messageKey)
            {
                return Path.GetRelativePath(path, file);
            }
        }

        return null;
    }

    public async Task<IReadOnlyList<string>> SaveDraftsAsync(IReadOnlyList<MimeMessage> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var saved = new List<string>(drafts.Count);
        foreach (var draft in drafts)
        {
            saved.Add(await SaveDraftAsync(draft, cancellationToken).ConfigureAwait(false));
        }

        return saved;
    }

    private async Task<string> SaveDraftAsync(MimeMessage draft, CancellationToken cancellationToken)
    {
        var drafts = DraftsFolder();
        var unique = NewUniqueName();
        var temp = Path.Combine(drafts, "tmp", unique);
        await draft.WriteToAsync(temp, cancellationToken).ConfigureAwait(false);
        var target = Path.Combine(drafts, "cur", unique + ":2,DS");
        File.Move(temp, target);
        return Path.GetRelativePath(path, target);
    }

    private string DraftsFolder()
    {
        var drafts = Path.Combine(path, ".Drafts");
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(drafts, sub));
        }

        return drafts;
    }

    /// <summary>The unique part of a Maildir file name: everything before the info (":2,…").</summary>
    public static string UniqueName(string fileName)
    {
        var colon = fileName.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? fileName : fileName[..colon];
    }

    public static string NewUniqueName()
    {
        var now = DateTimeOffset.UtcNow;
        return string.Create(CultureInfo.InvariantCulture,
            $"{now.ToUnixTimeSeconds()}.M{now.Ticks / 10 % 1_000_000}P{Environment.ProcessId}Q{Interlocked.Increment(ref s_counter)}.{Environment.MachineName}");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
