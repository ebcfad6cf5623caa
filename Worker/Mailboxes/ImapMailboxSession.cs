using System.Globalization;
using System.Runtime.CompilerServices;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.MailReading;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace MailScope.Worker.Mailboxes;

/// <summary>
/// A mailbox on an IMAP server through MailKit. Incremental from a UIDVALIDITY/last-UID checkpoint; a
/// batch of small messages comes in one FETCH; a message over <see cref="FullFetchLimit"/> is read as
/// headers and text parts only, so big attachments never cross the wire.
/// </summary>
internal sealed class ImapMailboxSession(MailboxOptions options, ILogger logger) : IMailboxSession
{
    /// <summary>Messages up to this size are fetched whole; larger ones as headers and text parts.</summary>
    public const uint FullFetchLimit = 1024 * 1024;

    public const string Keyword = "$ScopeCreep";

    private IMailFolder? _folder;
    private IMailFolder? _drafts;

    public MailboxCounters Counters { get; } = new();

    public bool KeywordsAllowed { get; private set; }

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await ImapConnector.ConnectAsync(Client, options, cancellationToken).ConfigureAwait(false);
        _folder = await ImapConnector.WatchedFolderAsync(Client, options, cancellationToken).ConfigureAwait(false);
        await _folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken).ConfigureAwait(false);
        KeywordsAllowed = _folder.PermanentFlags.HasFlag(MessageFlags.UserDefined) || _folder.PermanentKeywords.Contains(Keyword);
        if (!KeywordsAllowed)
        {
            ImapLog.KeywordsRefused(logger, options.Name, Keyword);
        }
    }

    private ImapClient? _client;

    private ImapClient Client => _client ??= new ImapClient(new CountingProtocolLogger(Counters));

    public async IAsyncEnumerable<FetchedBatch> ReadNewAsync(string? checkpoint, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var folder = await OpenFolderAsync(cancellationToken).ConfigureAwait(false);
        var validity = folder.UidValidity;
        var saved = ImapCheckpoint.Parse(checkpoint);
        var last = 0u;
        if (saved is not null && saved.UidValidity == validity)
        {
            last = saved.LastUid;
        }
        else if (saved is not null)
        {
            ImapLog.UidValidityChanged(logger, options.Name, saved.UidValidity, validity);
            saved = null;
        }

        // CONDSTORE: MailKit selects with (CONDSTORE), so HIGHESTMODSEQ tells whether anything at all changed.
        // A checkpoint carries a HIGHESTMODSEQ only once the sync has reached the end of the folder seen at
        // that SELECT: a checkpoint written mid-sync keeps the one it started from, so a sync killed half way
        // can never make the next one stop after SELECT with messages still unread.
        ulong? modSeq = Client.Capabilities.HasFlag(ImapCapabilities.CondStore) && folder.HighestModSeq > 0 ? folder.HighestModSeq : null;
        var arrived = folder.UidNext is not { } uidNext || uidNext.Id > last + 1;
        var since = saved?.HighestModSeq;
        List<IMessageSummary>? fresh = null;
        IReadOnlyList<string> dismissed = [];
        if (since is { } earlier && modSeq is { } now)
        {
            if (earlier == now && !arrived)
            {
                yield break; // not a flag changed, nothing arrived: SELECT was the only command
            }

            if (last > 0 && earlier != now)
            {
                if (arrived)
                {
                    // What arrived, with its mod-sequences: when the new messages account for every mod-sequence
                    // since the last look, no old message changed and the FETCH across the whole folder (which
                    // the server answers by walking every message) is not needed.
                    fresh = await FetchArrivedAsync(folder, validity, last, MessageSummaryItems.ModSeq, cancellationToken).ConfigureAwait(false);
                }

                if (fresh is null || !ModSeqsAccountedFor(fresh, earlier, now))
                {
                    // Old messages whose flags changed since the last look: the ones the user unflagged are dismissals.
                    var changed = await folder.FetchAsync(new UniqueIdRange(new UniqueId(validity, 1), new UniqueId(validity, last)), new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Flags) { ChangedSince = earlier }, cancellationToken).ConfigureAwait(false);
                    dismissed = [.. changed.Where(s => s.UniqueId.Id <= last && s.Flags is { } flags && !flags.HasFlag(MessageFlags.Flagged)).Select(s => SourceId(s.UniqueId))];
                    if (!arrived)
                    {
                        yield return new FetchedBatch([], new ImapCheckpoint(validity, last, now).Serialize()) { Dismissed = dismissed };
                        yield break;
                    }
                }
            }
        }

        // UIDNEXT from SELECT says whether anything arrived: an unchanged mailbox costs no further command.
        if (!arrived)
        {
            yield break;
        }

        fresh ??= await FetchArrivedAsync(folder, validity, last, MessageSummaryItems.None, cancellationToken).ConfigureAwait(false);
        // UIDs below UIDNEXT that are gone (expunged) count as read, or every later sync would look for them again.
        var end = Math.Max(last, folder.UidNext is { } upTo ? upTo.Id - 1 : 0);
        var chunks = fresh.Chunk(Math.Max(1, batchSize)).ToList();
        if (chunks.Count == 0)
        {
            yield return new FetchedBatch([], new ImapCheckpoint(validity, end, modSeq).Serialize()) { Dismissed = dismissed };
        }

        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var final = i == chunks.Count - 1;
            // Looking for a draft selects Drafts between batches: select the watched folder again.
            folder = await OpenFolderAsync(cancellationToken).ConfigureAwait(false);
            var messages = await FetchAsync(folder, chunk, cancellationToken).ConfigureAwait(false);
            var reached = final ? new ImapCheckpoint(validity, Math.Max(chunk[^1].UniqueId.Id, end), modSeq) : new ImapCheckpoint(validity, chunk[^1].UniqueId.Id, since);
            // Dismissals go with the first batch: applied before its flags go on.
            yield return new FetchedBatch(messages, reached.Serialize()) { Dismissed = i == 0 ? dismissed : [] };
        }
    }

    /// <summary>
    /// One FETCH of sizes for everything after the checkpoint (no SEARCH first); "n:*" also returns the last
    /// message when nothing is newer, hence the filter.
    /// </summary>
    private static async Task<List<IMessageSummary>> FetchArrivedAsync(IMailFolder folder, uint validity, uint last, MessageSummaryItems extra, CancellationToken cancellationToken) =>
        [.. (await folder.FetchAsync(new UniqueIdRange(new UniqueId(validity, last + 1), UniqueId.MaxValue), MessageSummaryItems.UniqueId | MessageSummaryItems.Size | extra, cancellationToken).ConfigureAwait(false))
            .Where(s => s.UniqueId.Id > last).OrderBy(s => s.UniqueId.Id)];

    /// <summary>
    /// Whether the messages that arrived hold every mod-sequence in (<paramref name="earlier"/>, <paramref name="now"/>]:
    /// each change gets a mod-sequence of its own above the one before (RFC 7162), so then nothing else changed.
    /// </summary>
    internal static bool ModSeqsAccountedFor(IEnumerable<IMessageSummary> arrived, ulong earlier, ulong now) =>
        now > earlier && (ulong)arrived.Select(s => s.ModSeq).OfType<ulong>().Where(m => m > earlier && m <= now).Distinct().LongCount() == now - earlier;

    private async Task<IMailFolder> OpenFolderAsync(CancellationToken cancellationToken)
    {
        var folder = _folder ?? throw new InvalidOperationException("Connect first.");
        if (!folder.IsOpen)
        {
            await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken).ConfigureAwait(false);
        }

        return folder;
    }

    private async Task<IReadOnlyList<FetchedMessage>> FetchAsync(IMailFolder folder, IMessageSummary[] chunk, CancellationToken cancellationToken)
    {
        var results = new Dictionary<uint, FetchedMessage>();
        var small = chunk.Where(s => (s.Size ?? 0) <= FullFetchLimit).Select(s => s.UniqueId).ToList();
        if (small.Count > 0 && folder is ImapFolder imapFolder)
        {
            // One FETCH for the whole batch of small messages.
            await imapFolder.GetStreamsAsync(small, async (_, _, uid, stream, ct) =>
            {
                results[uid.Id] = await ParseAsync(uid, stream, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }

        var large = chunk.Where(s => !results.ContainsKey(s.UniqueId.Id)).Select(s => s.UniqueId).ToList();
        if (large.Count > 0)
        {
            // Only the big ones need their structure, to fetch their text parts alone.
            foreach (var summary in await folder.FetchAsync(large, MessageSummaryItems.UniqueId | MessageSummaryItems.BodyStructure, cancellationToken).ConfigureAwait(false))
            {
                results[summary.UniqueId.Id] = await FetchTextPartsAsync(folder, summary, cancellationToken).ConfigureAwait(false);
            }
        }

        // Messages expunged between the two FETCHes are simply gone: nothing to judge.
        return [.. chunk.Where(s => results.ContainsKey(s.UniqueId.Id)).Select(s => results[s.UniqueId.Id])];
    }

    private async Task<FetchedMessage> ParseAsync(UniqueId uid, Stream stream, CancellationToken cancellationToken)
    {
        Counters.AddFetched();
        try
        {
            var message = await MimeMessage.LoadAsync(MimeMessageReader.Options, stream, cancellationToken).ConfigureAwait(false);
            return new FetchedMessage(SourceId(uid), message, null);
        }
        catch (FormatException ex)
        {
            return new FetchedMessage(SourceId(uid), null, $"cannot be parsed as MIME: {ex.Message}");
        }
    }

    private async Task<FetchedMessage> FetchTextPartsAsync(IMailFolder folder, IMessageSummary summary, CancellationToken cancellationToken)
    {
        Counters.AddFetched();
        var headers = await folder.GetHeadersAsync(summary.UniqueId, cancellationToken).ConfigureAwait(false);
        var message = new MimeMessage(headers);
        var alternative = new MultipartAlternative();
        foreach (var part in new[] { summary.TextBody, summary.HtmlBody }.OfType<BodyPartText>())
        {
            if (await folder.GetBodyPartAsync(summary.UniqueId, part, cancellationToken).ConfigureAwait(false) is MimeEntity entity)
            {
                alternative.Add(entity);
            }
        }

        message.Body = alternative;
        return new FetchedMessage(SourceId(summary.UniqueId), message, null);
    }

    public async Task<IReadOnlyList<FetchedMessage>> FetchAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        var folder = await OpenFolderAsync(cancellationToken).ConfigureAwait(false);
        var uids = sourceIds.Select(id => uint.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var uid) ? uid : 0)
            .Where(uid => uid > 0).Select(uid => new UniqueId(folder.UidValidity, uid)).ToList();
        if (uids.Count == 0)
        {
            return [];
        }

        var summaries = await folder.FetchAsync(uids, MessageSummaryItems.UniqueId | MessageSummaryItems.Size, cancellationToken).ConfigureAwait(false);
        return await FetchAsync(folder, [.. summaries.OrderBy(s => s.UniqueId.Id)], cancellationToken).ConfigureAwait(false);
    }

    private static string SourceId(UniqueId uid) => uid.Id.ToString(CultureInfo.InvariantCulture);

    public async Task FlagAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (sourceIds.Count == 0)
        {
            return;
        }

        var folder = await OpenFolderAsync(cancellationToken).ConfigureAwait(false);
        var uids = sourceIds.Select(id => new UniqueId(folder.UidValidity, uint.Parse(id, CultureInfo.InvariantCulture))).ToList();
        var request = new StoreFlagsRequest(StoreAction.Add, MessageFlags.Flagged) { Silent = true };
        if (KeywordsAllowed)
        {
            request.Keywords.Add(Keyword);
        }

        await folder.StoreAsync(uids, request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> FindDraftAsync(string messageKey, CancellationToken cancellationToken)
    {
        var drafts = await DraftsAsync(cancellationToken).ConfigureAwait(false);
        await drafts.OpenAsync(FolderAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        try
        {
            var found = await drafts.SearchAsync(SearchQuery.HeaderContains(DraftMarker.Header, messageKey), cancellationToken).ConfigureAwait(false);
            return found.Count == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{drafts.FullName}:{drafts.UidValidity}:{found[0].Id}");
        }
        finally
        {
            await drafts.CloseAsync(false, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<string>> SaveDraftsAsync(IReadOnlyList<MimeMessage> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var folder = await DraftsAsync(cancellationToken).ConfigureAwait(false);
        // One MULTIAPPEND for the batch where the server has it (MailKit appends one by one otherwise).
        var requests = drafts.Select(d => (IAppendRequest)new AppendRequest(d, MessageFlags.Draft | MessageFlags.Seen)).ToList();
        var uids = await folder.AppendAsync(requests, cancellationToken).ConfigureAwait(false);
        return [.. drafts.Select((_, i) => i < uids.Count
            ? string.Create(CultureInfo.InvariantCulture, $"{folder.FullName}:{uids[i].Validity}:{uids[i].Id}")
            : folder.FullName)];
    }

    private async Task<IMailFolder> DraftsAsync(CancellationToken cancellationToken)
    {
        if (_drafts is not null)
        {
            return _drafts;
        }

        var client = Client;
        if (client.Capabilities.HasFlag(ImapCapabilities.SpecialUse) && client.GetFolder(SpecialFolder.Drafts) is { } special)
        {
            return _drafts = special;
        }

        var root = client.GetFolder(client.PersonalNamespaces[0]);
        var subfolders = await root.GetSubfoldersAsync(false, cancellationToken).ConfigureAwait(false);
        _drafts = subfolders.FirstOrDefault(f => f.Name.Equals("Drafts", StringComparison.OrdinalIgnoreCase));
        if (_drafts is null)
        {
            ImapLog.CreatingDrafts(logger, options.Name);
            _drafts = await root.CreateAsync("Drafts", true, cancellationToken).ConfigureAwait(false);
        }

        return _drafts!;
    }

    public async ValueTask DisposeAsync()
    {
        var client = Client;
        if (client.IsConnected)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(true, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or ImapProtocolException or OperationCanceledException or ImapCommandException)
            {
                // The server is gone already; nothing is pending on this connection.
            }
        }

        client.Dispose();
    }
}
