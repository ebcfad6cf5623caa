using System.Runtime.CompilerServices;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.MailReading;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using MimeKit;
using DeltaRequestBuilder = Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta.DeltaRequestBuilder;
using DeltaGetResponse = Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta.DeltaGetResponse;

namespace MailScope.Worker.Mailboxes;

/// <summary>
/// A Microsoft 365 mailbox through Microsoft Graph (SDK 6): delta query on the watched folder (only the
/// fields judgement needs, immutable ids, the whole next/delta link kept as the checkpoint), the
/// <c>Out of scope</c> category and a follow-up flag in one PATCH, drafts through createReply with the quote
/// attached. The SDK's retry handler honours 429/503/504 with Retry-After; requests run one at a time, well
/// under Graph's four per mailbox.
/// </summary>
internal sealed partial class GraphMailboxSession(MailboxOptions options, ILogger logger) : IMailboxSession
{
    public const string Category = "Out of scope";

    // A named MAPI property on each draft: the message key it answers, so a crashed sync finds it again.
    private const string DraftKeyProperty = "String {1b3d4e5f-6a7b-4c8d-9e0f-a1b2c3d4e5f6} Name MailScopeReplyTo";
    // internetMessageHeaders: only returned when selected; judgement needs the auto-reply headers (Auto-Submitted, …).
    private static readonly HashSet<string> ThreadHeaders = new(StringComparer.OrdinalIgnoreCase) { "In-Reply-To", "References" };

    private static readonly string[] Fields = ["internetMessageId", "subject", "from", "toRecipients", "body", "receivedDateTime", "categories", "flag", "internetMessageHeaders"];

    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _categories = new(StringComparer.Ordinal);
    private GraphServiceClient? _client;

    public MailboxCounters Counters { get; } = new();

    public bool KeywordsAllowed => true;

    private string User => options.Graph.UserId ?? throw new MailboxException(options.Name, "Graph:UserId is not set.");

    private string Folder => options.Folder ?? "inbox";

    private GraphServiceClient Client => _client ?? throw new InvalidOperationException("Connect first.");

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        _client = GraphConnection.Create(options);
        await EnsureCategoryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureCategoryAsync(CancellationToken cancellationToken)
    {
        Counters.AddCommand();
        var categories = await Client.Users[User].Outlook.MasterCategories.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (categories?.Value?.Any(c => string.Equals(c.DisplayName, Category, StringComparison.OrdinalIgnoreCase)) == true)
        {
            return;
        }

        Counters.AddCommand();
        await Client.Users[User].Outlook.MasterCategories.PostAsync(new OutlookCategory { DisplayName = Category, Color = CategoryColor.Preset0 }, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<FetchedBatch> ReadNewAsync(string? checkpoint, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = await FirstPageAsync(checkpoint, batchSize, cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            var messages = new List<FetchedMessage>();
            var unflagged = new List<string>();
            foreach (var message in page.Value ?? [])
            {
                if (message.Id is null || message.AdditionalData.ContainsKey("@removed"))
                {
                    continue; // Deleted or moved away: nothing to judge.
                }

                Counters.AddFetched();
                messages.Add(ToFetched(message));
                if (message.Flag?.FlagStatus is null or FollowupFlagStatus.NotFlagged)
                {
                    // Back in the delta without a flag: if MailScope had flagged it, the user took the flag off.
                    unflagged.Add(message.Id);
                }
            }

            var next = page.OdataNextLink;
            yield return new FetchedBatch(messages, next ?? page.OdataDeltaLink) { Dismissed = unflagged };
            page = next is null ? null : await PageAsync(next, batchSize, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DeltaGetResponse?> FirstPageAsync(string? checkpoint, int batchSize, CancellationToken cancellationToken)
    {
        if (checkpoint is not null && Uri.IsWellFormedUriString(checkpoint, UriKind.Absolute))
        {
            try
            {
                return await PageAsync(checkpoint, batchSize, cancellationToken).ConfigureAwait(false);
            }
            catch (ODataError error) when (error.ResponseStatusCode == 410 || error.Error?.Code is "syncStateNotFound" or "SyncStateNotFound")
            {
                // The delta token expired: read the folder again; the store's records keep it from repeating anything.
                DeltaExpired(logger, options.Name);
            }
        }

        Counters.AddCommand();
        return await Client.Users[User].MailFolders[Folder].Messages.Delta.GetAsDeltaGetResponseAsync(rc =>
        {
            rc.QueryParameters.Select = Fields;
            Prefer(rc.Headers, batchSize);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DeltaGetResponse?> PageAsync(string link, int batchSize, CancellationToken cancellationToken)
    {
        Counters.AddCommand();
        return await new DeltaRequestBuilder(link, Client.RequestAdapter).GetAsDeltaGetResponseAsync(rc => Prefer(rc.Headers, batchSize), cancellationToken).ConfigureAwait(false);
    }

    private static void Prefer(Microsoft.Kiota.Abstractions.RequestHeaders headers, int batchSize)
    {
        headers.Add("Prefer", $"odata.maxpagesize={Math.Clamp(batchSize, 1, 1000)}");
        headers.Add("Prefer", "IdType=\"ImmutableId\""); // also added to every other call by GraphConnection
    }

    private FetchedMessage ToFetched(Message message)
    {
        var mime = new MimeMessage();
        if (message.From?.EmailAddress is { } from)
        {
            mime.From.Add(new MailboxAddress(from.Name ?? string.Empty, from.Address ?? string.Empty));
        }

        foreach (var to in message.ToRecipients ?? [])
        {
            mime.To.Add(new MailboxAddress(to.EmailAddress?.Name ?? string.Empty, to.EmailAddress?.Address ?? string.Empty));
        }

        mime.Subject = message.Subject ?? string.Empty;
        if (message.ReceivedDateTime is { } received)
        {
            mime.Date = received;
        }

        // Without an internetMessageId the message is known by its immutable Graph id: left unset, MimeKit makes
        // up a new Message-ID at every read, and every sync that sees the message again (as Graph returns it once
        // it is flagged) would judge it afresh and save another draft with another quote number.
        mime.MessageId = string.IsNullOrWhiteSpace(message.InternetMessageId)
            ? $"{message.Id}@graph.invalid"
            : message.InternetMessageId.Trim().Trim('<', '>');

        foreach (var header in message.InternetMessageHeaders ?? [])
        {
            // The headers judgement reads (auto-replies) and those that place it in a quote's thread; the body's
            // own structure comes from Graph's body.
            if (header.Name is { Length: > 0 } name && header.Value is { } value && (MimeMessageReader.AutoReplyHeaders.Contains(name) || ThreadHeaders.Contains(name)))
            {
                mime.Headers.Add(name, value);
            }
        }

        var html = message.Body?.ContentType == BodyType.Html;
        mime.Body = new TextPart(html ? "html" : "plain") { Text = message.Body?.Content ?? string.Empty };
        var categories = message.Categories ?? [];
        _categories[message.Id!] = categories;
        _byKey[$"<{mime.MessageId}>"] = message.Id!;
        return new FetchedMessage(message.Id!, mime, null);
    }

    public async Task<IReadOnlyList<FetchedMessage>> FetchAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        var found = new List<FetchedMessage>(sourceIds.Count);
        foreach (var id in sourceIds)
        {
            try
            {
                Counters.AddCommand();
                var message = await Client.Users[User].Messages[id].GetAsync(rc => rc.QueryParameters.Select = Fields, cancellationToken).ConfigureAwait(false);
                if (message?.Id is not null)
                {
                    Counters.AddFetched();
                    found.Add(ToFetched(message));
                }
            }
            catch (ODataError error) when (error.ResponseStatusCode == 404)
            {
                // Deleted since it was flagged: nothing left to answer.
            }
        }

        return found;
    }

    public async Task FlagAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        // JSON batching: up to 20 PATCHes per request; steps Graph throttled are sent again after a pause.
        var pending = sourceIds.ToList();
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var batch = new BatchRequestContentCollection(Client);
            var steps = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in pending)
            {
                // Existing categories are kept: the PATCH sends the whole list with ours added.
                var categories = _categories.GetValueOrDefault(id) ?? [];
                var updated = categories.Contains(Category, StringComparer.OrdinalIgnoreCase) ? categories : [.. categories, Category];
                var request = Client.Users[User].Messages[id].ToPatchRequestInformation(
                    new Message { Categories = updated, Flag = new FollowupFlag { FlagStatus = FollowupFlagStatus.Flagged } });
                steps[await batch.AddBatchRequestStepAsync(request).ConfigureAwait(false)] = id;
            }

            for (var i = 0; i < pending.Count; i += 20)
            {
                Counters.AddCommand();
            }

            var response = await Client.Batch.PostAsync(batch, cancellationToken).ConfigureAwait(false);
            var failed = (await response.GetResponsesStatusCodesAsync().ConfigureAwait(false)).Where(s => (int)s.Value >= 400).ToList();
            if (failed.FirstOrDefault(f => (int)f.Value is not (429 or 503 or 504)) is { Key: not null } fatal)
            {
                throw new MailboxException(options.Name, $"Graph refused to flag message {steps[fatal.Key]} ({(int)fatal.Value}).");
            }

            if (failed.Count > 0 && attempt >= 5)
            {
                throw new MailboxException(options.Name, $"Graph kept throttling {failed.Count} flag updates; the next sync will retry them.");
            }

            pending = [.. failed.Select(f => steps[f.Key])];
            if (pending.Count > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt + 1), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<string?> FindDraftAsync(string messageKey, CancellationToken cancellationToken)
    {
        if ((await DraftsMarkedAsync(messageKey, cancellationToken).ConfigureAwait(false)).FirstOrDefault() is { } complete)
        {
            return complete;
        }

        // A draft left half-made (created, its quote not yet attached, when the sync died) is removed, so the
        // draft made again is the only one and carries its quote.
        foreach (var incomplete in await DraftsMarkedAsync(IncompletePrefix + messageKey, cancellationToken).ConfigureAwait(false))
        {
            Counters.AddCommand();
            await Client.Users[User].Messages[incomplete].DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task<List<string>> DraftsMarkedAsync(string marker, CancellationToken cancellationToken)
    {
        Counters.AddCommand();
        var found = await Client.Users[User].MailFolders["drafts"].Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{DraftKeyProperty}' and ep/value eq '{marker.Replace("'", "''", StringComparison.Ordinal)}')";
            rc.QueryParameters.Select = ["id"];
        }, cancellationToken).ConfigureAwait(false);
        return [.. (found?.Value ?? []).Select(m => m.Id).OfType<string>()];
    }

    /// <summary>The draft marker's value while the draft is being made: only a complete draft carries the bare key.</summary>
    private const string IncompletePrefix = "incomplete:";

    public async Task<IReadOnlyList<string>> SaveDraftsAsync(IReadOnlyList<MimeMessage> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var saved = new List<string>(drafts.Count);
        foreach (var draft in drafts)
        {
            var key = draft.Headers[DraftMarker.Header] ?? throw new InvalidOperationException("A draft without its marker header.");
            if (!_byKey.TryGetValue(draft.Headers[DraftMarker.AnswersHeader] ?? key, out var originalId))
            {
                throw new MailboxException(options.Name, $"no message {key} was read in this sync to reply to.");
            }

            Counters.AddCommand();
            var reply = await Client.Users[User].Messages[originalId].CreateReply.PostAsync(new Microsoft.Graph.Users.Item.Messages.Item.CreateReply.CreateReplyPostRequestBody
            {
                Message = new Message
                {
                    Body = new ItemBody { ContentType = BodyType.Html, Content = draft.HtmlBody ?? string.Empty },
                    // Marked incomplete until its quote is attached: a sync that dies (or a Graph that fails) in between
                    // must not leave a draft the next sync takes for done (found by the chaos campaign).
                    SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = DraftKeyProperty, Value = IncompletePrefix + key }],
                },
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
            var draftId = reply?.Id ?? throw new MailboxException(options.Name, "createReply returned no draft.");
            foreach (var part in draft.Attachments.OfType<MimePart>())
            {
                using var content = new MemoryStream();
                await part.Content!.DecodeToAsync(content, cancellationToken).ConfigureAwait(false);
                await AttachAsync(draftId, part.FileName ?? "attachment", part.ContentType.MimeType, content.ToArray(), cancellationToken).ConfigureAwait(false);
            }

            Counters.AddCommand();
            await Client.Users[User].Messages[draftId].PatchAsync(new Message
            {
                SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = DraftKeyProperty, Value = key }],
            }, cancellationToken: cancellationToken).ConfigureAwait(false);

            saved.Add(draftId);
        }

        return saved;
    }

    private async Task AttachAsync(string draftId, string name, string contentType, byte[] bytes, CancellationToken cancellationToken)
    {
        var attachments = Client.Users[User].Messages[draftId].Attachments;
        if (bytes.Length < options.Graph.UploadSessionBytes)
        {
            Counters.AddCommand();
            await attachments.PostAsync(new FileAttachment { OdataType = "#microsoft.graph.fileAttachment", Name = name, ContentType = contentType, ContentBytes = bytes },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        // Over Graph's 3 MB for one POST: an upload session, sent in slices (multiples of 320 KiB).
        Counters.AddCommand();
        var session = await attachments.CreateUploadSession.PostAsync(new Microsoft.Graph.Users.Item.Messages.Item.Attachments.CreateUploadSession.CreateUploadSessionPostRequestBody
        {
            AttachmentItem = new AttachmentItem { AttachmentType = AttachmentType.File, Name = name, ContentType = contentType, Size = bytes.Length },
        }, cancellationToken: cancellationToken).ConfigureAwait(false) ?? throw new MailboxException(options.Name, "Graph opened no upload session.");
        using var stream = new MemoryStream(bytes);
        var upload = new LargeFileUploadTask<FileAttachment>(session, stream, 10 * 320 * 1024, Client.RequestAdapter);
        var result = await upload.UploadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.UploadSucceeded)
        {
            throw new MailboxException(options.Name, $"the upload of {name} did not complete.");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "{Mailbox}: the delta token expired; reading the folder again (messages already handled are matched by Message-ID)")]
    private static partial void DeltaExpired(ILogger logger, string mailbox);
}
