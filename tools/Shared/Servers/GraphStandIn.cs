using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MailScope.Tooling.Servers;

/// <summary>
/// A stand-in for Microsoft Graph on loopback (Kestrel) that behaves as its documentation says for what
/// MailScope calls: message delta with <c>$skiptoken</c> pages and a final <c>@odata.deltaLink</c> (the SDK asks
/// for <c>messages/delta()</c>), changed messages coming back in the next delta, 429 with Retry-After, 410
/// <c>syncStateNotFound</c> for an expired delta token, PATCH of categories and flag, master categories,
/// createReply, file attachments, drafts found by a single-value extended property, 401 for a wrong token.
/// Every request is recorded.
/// </summary>
public sealed partial class GraphStandIn : IAsyncDisposable
{
    public const string Token = "stand-in-token";
    private readonly object _gate = new();
    private readonly Dictionary<string, List<string>> _snapshots = [];
    private WebApplication? _app;
    private int _version;
    private int _epoch = 1;
    private int _ids;

    public sealed class Item
    {
        public required string Id { get; init; }

        public string? InternetMessageId { get; init; }

        public string Subject { get; set; } = string.Empty;

        public string FromName { get; init; } = string.Empty;

        public string FromAddress { get; init; } = string.Empty;

        public string Body { get; set; } = string.Empty;

        public List<string> Categories { get; set; } = [];

        public string FlagStatus { get; set; } = "notFlagged";

        public int Version { get; set; }

        public bool IsDraft { get; init; }

        public string? DraftKey { get; set; }

        public string? ReplyTo { get; init; }

        public List<(string Name, string ContentType, byte[] Content)> Attachments { get; } = [];

        /// <summary>"html" or "text", as Exchange stores the body.</summary>
        public string BodyType { get; init; } = "html";

        /// <summary>The message's internet headers (Graph returns them only when selected).</summary>
        public List<(string Name, string Value)> Headers { get; init; } = [];
    }

    public List<Item> Items { get; } = [];

    public List<string> MasterCategories { get; } = [];

    /// <summary>Change-notification subscriptions by id, as posted (and renewed).</summary>
    public Dictionary<string, JsonObject> Subscriptions { get; } = [];

    /// <summary>"METHOD path?query" per request, in order.</summary>
    public List<string> Requests { get; } = [];

    public List<string> PreferHeaders { get; } = [];

    /// <summary>The next this many requests get 429 with Retry-After: 1.</summary>
    public int ThrottleNext { get; set; }

    /// <summary>The next this many requests get 503 Service Unavailable with Retry-After: 1.</summary>
    public int UnavailableNext { get; set; }

    /// <summary>Requests (outside upload sessions) that came without <c>Prefer: IdType="ImmutableId"</c>.</summary>
    public List<string> WithoutImmutableIds { get; } = [];

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Faults injected at random into the requests that follow (none when null).</summary>
    public GraphFaults? Faults { get; set; }

    public static async Task<GraphStandIn> StartAsync()
    {
        var standIn = new GraphStandIn();
        (standIn._app, var address) = await LoopbackWebApp.StartAsync(app => app.Run(standIn.HandleAsync));
        standIn.BaseUrl = new Uri(address, "v1.0/");
        return standIn;
    }

    public Item Add(string? internetMessageId, string? subject, string? fromName, string fromAddress, string html, params string[] categories)
    {
        lock (_gate)
        {
            var item = new Item
            {
                Id = "AAMk" + Interlocked.Increment(ref _ids).ToString("D6", CultureInfo.InvariantCulture), InternetMessageId = internetMessageId,
                Subject = subject ?? string.Empty, FromName = fromName ?? string.Empty, FromAddress = fromAddress, Body = html, Categories = [.. categories], Version = ++_version,
            };
            Items.Add(item);
            return item;
        }
    }

    /// <summary>A message as Exchange holds it after delivery: the decoded body (text or HTML) and its headers.</summary>
    public Item Add(string? internetMessageId, string? subject, string? fromName, string fromAddress, string body, string bodyType, IEnumerable<(string Name, string Value)> headers)
    {
        lock (_gate)
        {
            var item = new Item
            {
                Id = "AAMk" + Interlocked.Increment(ref _ids).ToString("D6", CultureInfo.InvariantCulture), InternetMessageId = internetMessageId,
                Subject = subject ?? string.Empty, FromName = fromName ?? string.Empty, FromAddress = fromAddress, Body = body, BodyType = bodyType,
                Headers = [.. headers], Version = ++_version,
            };
            Items.Add(item);
            return item;
        }
    }

    /// <summary>The user clears the follow-up flag in Outlook: the message comes back in the next delta.</summary>
    public void Unflag(Item item)
    {
        lock (_gate)
        {
            item.FlagStatus = "notFlagged";
            item.Version = ++_version;
        }
    }

    /// <summary>Expires every delta token handed out so far (the next use gets 410).</summary>
    public void ExpireDeltaTokens()
    {
        lock (_gate)
        {
            _epoch++;
        }
    }

    public int Count(string method, string pathPart) { lock (_gate) { return Requests.Count(r => r.StartsWith(method + " ", StringComparison.Ordinal) && r.Contains(pathPart, StringComparison.Ordinal)); } }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        lock (_gate)
        {
            Requests.Add($"{request.Method} {path}{request.QueryString.Value}");
            var prefer = request.Headers["Prefer"].OfType<string>().SelectMany(v => v.Split(',')).Select(v => v.Trim()).ToList();
            PreferHeaders.AddRange(prefer);
            if (!path.Contains("/upload/", StringComparison.Ordinal) && !prefer.Contains("IdType=\"ImmutableId\""))
            {
                WithoutImmutableIds.Add($"{request.Method} {path}");
            }
        }

        if (path.Contains("/upload/", StringComparison.Ordinal) && request.Method == "PUT")
        {
            await UploadSliceAsync(context, path);
            return;
        }

        if (request.Headers.Authorization.ToString() != "Bearer " + Token)
        {
            await ErrorAsync(context, HttpStatusCode.Unauthorized, "InvalidAuthenticationToken", "Access token is empty or invalid.");
            return;
        }

        var drop = false;
        HttpStatusCode? refusal = Faults is { } faults ? faults.Next(out drop) : null;
        if (drop)
        {
            context.Abort();
            return;
        }

        lock (_gate)
        {
            if (refusal is not null)
            {
                // A random fault answers this one; the counted refusals wait for the next.
            }
            else if (ThrottleNext > 0)
            {
                ThrottleNext--;
                refusal = HttpStatusCode.TooManyRequests;
            }
            else if (UnavailableNext > 0)
            {
                UnavailableNext--;
                refusal = HttpStatusCode.ServiceUnavailable;
            }
        }

        if (refusal is { } status)
        {
            context.Response.Headers.RetryAfter = "1";
            await ErrorAsync(context, status, status == HttpStatusCode.TooManyRequests ? "ApplicationThrottled" : "ServiceUnavailable", "Try again later.");
            return;
        }

        var text = await new StreamReader(request.Body).ReadToEndAsync();
        var body = text.Length > 0 ? JsonNode.Parse(text) : null;
        if (DeltaPath().Match(path) is { Success: true })
        {
            await DeltaAsync(context);
        }
        else if (MasterCategoriesPath().IsMatch(path))
        {
            if (request.Method == "POST")
            {
                lock (_gate)
                {
                    MasterCategories.Add(body!["displayName"]!.GetValue<string>());
                }

                await JsonAsync(context, new JsonObject { ["displayName"] = body!["displayName"]!.GetValue<string>(), ["color"] = "preset0" }, HttpStatusCode.Created);
            }
            else
            {
                await JsonAsync(context, new JsonObject { ["value"] = new JsonArray([.. MasterCategories.Select(c => (JsonNode)new JsonObject { ["displayName"] = c })]) });
            }
        }
        else if (CreateReplyPath().Match(path) is { Success: true } reply)
        {
            await CreateReplyAsync(context, reply.Groups["id"].Value, body);
        }
        else if (UploadSessionPath().Match(path) is { Success: true } sessionFor && request.Method == "POST")
        {
            var item = body!["AttachmentItem"] ?? body["attachmentItem"];
            var token = Guid.NewGuid().ToString("N");
            lock (_gate)
            {
                _uploads[token] = (sessionFor.Groups["id"].Value, item!["name"]!.GetValue<string>(), item["contentType"]?.GetValue<string>() ?? "application/octet-stream",
                    item["size"]!.GetValue<long>(), new MemoryStream());
                Requests.Add($"UPLOADSESSION {sessionFor.Groups["id"].Value}");
            }

            await JsonAsync(context, new JsonObject
            {
                ["uploadUrl"] = new Uri(BaseUrl, $"upload/{token}").ToString(),
                ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O", CultureInfo.InvariantCulture),
                ["nextExpectedRanges"] = new JsonArray("0-"),
            });
        }
        else if (AttachmentsPath().Match(path) is { Success: true } attachment && request.Method == "POST")
        {
            lock (_gate)
            {
                Items.Single(i => i.Id == attachment.Groups["id"].Value).Attachments.Add((
                    body!["name"]!.GetValue<string>(), body["contentType"]?.GetValue<string>() ?? "application/octet-stream", Convert.FromBase64String(body["contentBytes"]!.GetValue<string>())));
            }

            await JsonAsync(context, new JsonObject { ["id"] = "att" }, HttpStatusCode.Created);
        }
        else if (DraftsPath().IsMatch(path))
        {
            var wanted = DraftFilter().Match(Query(request, "$filter")) is { Success: true } m ? m.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal) : null;
            List<Item> drafts;
            lock (_gate)
            {
                drafts = [.. Items.Where(i => i.IsDraft && (wanted is null || i.DraftKey == wanted))];
            }

            await JsonAsync(context, new JsonObject { ["value"] = new JsonArray([.. drafts.Select(d => (JsonNode)new JsonObject { ["id"] = d.Id })]) });
        }
        else if (MessagePath().Match(path) is { Success: true } wanted && request.Method == "GET")
        {
            Item? found;
            lock (_gate)
            {
                found = Items.FirstOrDefault(i => i.Id == wanted.Groups["id"].Value);
            }

            if (found is null)
            {
                await ErrorAsync(context, HttpStatusCode.NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");
            }
            else
            {
                await JsonAsync(context, ToJson(found));
            }
        }
        else if (MessagePath().Match(path) is { Success: true } deleted && request.Method == "DELETE")
        {
            lock (_gate)
            {
                Items.RemoveAll(i => i.Id == deleted.Groups["id"].Value);
            }

            context.Response.StatusCode = (int)HttpStatusCode.NoContent;
        }
        else if (MessagePath().Match(path) is { Success: true } message && request.Method == "PATCH")
        {
            Patch(message.Groups["id"].Value, body!);
            await JsonAsync(context, new JsonObject { ["id"] = message.Groups["id"].Value });
        }
        else if (path.EndsWith("/subscriptions", StringComparison.Ordinal) && request.Method == "POST")
        {
            var id = Guid.NewGuid().ToString();
            lock (_gate)
            {
                body!["id"] = id;
                Subscriptions[id] = body.AsObject();
            }

            await JsonAsync(context, body!, HttpStatusCode.Created);
        }
        else if (SubscriptionPath().Match(path) is { Success: true } subscription && request.Method == "PATCH")
        {
            JsonObject? known;
            lock (_gate)
            {
                if (Subscriptions.TryGetValue(subscription.Groups["id"].Value, out known))
                {
                    known["expirationDateTime"] = body!["expirationDateTime"]!.DeepClone();
                }
            }

            if (known is null)
            {
                await ErrorAsync(context, HttpStatusCode.NotFound, "ResourceNotFound", "The subscription does not exist.");
            }
            else
            {
                await JsonAsync(context, known);
            }
        }
        else if (path.EndsWith("/$batch", StringComparison.Ordinal) && request.Method == "POST")
        {
            await BatchAsync(context, body!);
        }
        else
        {
            await ErrorAsync(context, HttpStatusCode.NotFound, "ResourceNotFound", $"The stand-in does not know {request.Method} {path}.");
        }
    }

    private static string Query(HttpRequest request, string name) => request.Query[name].ToString();

    private readonly Dictionary<string, (string MessageId, string Name, string ContentType, long Size, MemoryStream Received)> _uploads = [];

    /// <summary>One slice of an upload session (Content-Range); the attachment exists once every byte arrived.</summary>
    private async Task UploadSliceAsync(HttpContext context, string path)
    {
        var token = path[(path.LastIndexOf('/') + 1)..];
        using var slice = new MemoryStream();
        await context.Request.Body.CopyToAsync(slice);
        JsonNode answer;
        var status = HttpStatusCode.Accepted;
        lock (_gate)
        {
            var upload = _uploads[token];
            upload.Received.Write(slice.ToArray());
            if (upload.Received.Length >= upload.Size)
            {
                Items.Single(i => i.Id == upload.MessageId).Attachments.Add((upload.Name, upload.ContentType, upload.Received.ToArray()));
                _uploads.Remove(token);
                status = HttpStatusCode.Created;
                answer = new JsonObject { ["id"] = "att-" + token };
            }
            else
            {
                answer = new JsonObject { ["nextExpectedRanges"] = new JsonArray($"{upload.Received.Length}-") };
            }
        }

        await JsonAsync(context, answer, status);
    }

    private void Patch(string id, JsonNode body)
    {
        lock (_gate)
        {
            var item = Items.Single(i => i.Id == id);
            if (body["categories"] is JsonArray categories)
            {
                item.Categories = [.. categories.Select(c => c!.GetValue<string>())];
            }

            if (body["flag"]?["flagStatus"] is { } flag)
            {
                item.FlagStatus = flag.GetValue<string>();
            }

            if (body["singleValueExtendedProperties"]?[0]?["value"] is { } marker && item.IsDraft)
            {
                item.DraftKey = marker.GetValue<string>();
            }

            item.Version = ++_version; // a change: the message comes back in the next delta, as in Graph
        }
    }

    /// <summary>JSON batching: at most 20 requests; only the PATCHes of messages are understood inside.</summary>
    private async Task BatchAsync(HttpContext context, JsonNode body)
    {
        var requests = body["requests"]!.AsArray();
        if (requests.Count > 20)
        {
            await ErrorAsync(context, HttpStatusCode.BadRequest, "BadRequest", "A batch holds at most 20 requests.");
            return;
        }

        var responses = new JsonArray();
        foreach (var step in requests)
        {
            var url = step!["url"]!.GetValue<string>();
            var method = step["method"]!.GetValue<string>();
            lock (_gate)
            {
                Requests.Add($"{method} {url} (in $batch)");
            }

            var status = 404;
            if (method == "PATCH" && MessagePath().Match(url.Split('?')[0]) is { Success: true } m)
            {
                Patch(m.Groups["id"].Value, step["body"]!);
                status = 200;
            }

            responses.Add(new JsonObject { ["id"] = step["id"]!.GetValue<string>(), ["status"] = status, ["headers"] = new JsonObject { ["Content-Type"] = "application/json" }, ["body"] = new JsonObject() });
        }

        await JsonAsync(context, new JsonObject { ["responses"] = responses });
    }

    private async Task DeltaAsync(HttpContext context)
    {
        var request = context.Request;
        var size = MaxPageSize().Match(string.Join(",", request.Headers["Prefer"].OfType<string>()));
        var pageSize = size.Success ? int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture) : 10;
        string snapshotId;
        int offset;
        int upTo;
        lock (_gate)
        {
            if (Query(request, "$skiptoken") is { Length: > 0 } skip)
            {
                var parts = skip.Split('.');
                (snapshotId, offset, upTo) = (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
            }
            else
            {
                var since = 0;
                if (Query(request, "$deltatoken") is { Length: > 0 } delta)
                {
                    var parts = delta.Split('.');
                    if (int.Parse(parts[0], CultureInfo.InvariantCulture) != _epoch)
                    {
                        snapshotId = string.Empty;
                        offset = -1;
                        upTo = 0;
                        goto expired;
                    }

                    since = int.Parse(parts[1], CultureInfo.InvariantCulture);
                }

                snapshotId = Guid.NewGuid().ToString("N");
                upTo = _version;
                _snapshots[snapshotId] = [.. Items.Where(i => !i.IsDraft && i.Version > since).OrderBy(i => i.Version).Select(i => i.Id)];
                offset = 0;
            }
        }

        {
            List<Item> page;
            bool more;
            lock (_gate)
            {
                var ids = _snapshots[snapshotId];
                page = [.. ids.Skip(offset).Take(pageSize).Select(id => Items.Single(i => i.Id == id))];
                more = offset + pageSize < ids.Count;
            }

            var link = new Uri(BaseUrl, request.Path.Value!.TrimStart('/')[("v1.0/".Length)..]).ToString();
            var answer = new JsonObject { ["value"] = new JsonArray([.. page.Select(ToJson)]) };
            if (more)
            {
                var next = Faults?.RepeatPage() == true ? offset : offset + pageSize;
                answer["@odata.nextLink"] = $"{link}?$skiptoken={snapshotId}.{next}.{upTo}";
            }
            else
            {
                answer["@odata.deltaLink"] = $"{link}?$deltatoken={_epoch}.{upTo}";
            }

            await JsonAsync(context, answer);
            return;
        }

    expired:
        await ErrorAsync(context, HttpStatusCode.Gone, "syncStateNotFound", "The sync state generation is not found.");
    }

    private async Task CreateReplyAsync(HttpContext context, string id, JsonNode? body)
    {
        // The SDK writes the body's property capitalised ("Message"): accept either.
        var message = body?.AsObject().FirstOrDefault(p => p.Key.Equals("message", StringComparison.OrdinalIgnoreCase)).Value;
        var key = message?["singleValueExtendedProperties"]?[0]?["value"]?.GetValue<string>();
        Item draft;
        lock (_gate)
        {
            var original = Items.Single(i => i.Id == id);
            draft = new Item
            {
                Id = "AAMkDraft" + Interlocked.Increment(ref _ids).ToString("D6", CultureInfo.InvariantCulture), Subject = "RE: " + original.Subject, IsDraft = true,
                DraftKey = key, ReplyTo = id, Body = message?["body"]?["content"]?.GetValue<string>() ?? string.Empty, Version = ++_version,
            };
            Items.Add(draft);
        }

        await JsonAsync(context, new JsonObject { ["id"] = draft.Id, ["subject"] = draft.Subject }, HttpStatusCode.Created);
    }

    private static JsonNode ToJson(Item i) => new JsonObject
    {
        ["id"] = i.Id,
        ["internetMessageId"] = i.InternetMessageId,
        ["subject"] = i.Subject,
        ["from"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = i.FromName, ["address"] = i.FromAddress } },
        ["toRecipients"] = new JsonArray(),
        ["body"] = new JsonObject { ["contentType"] = i.BodyType, ["content"] = i.Body },
        ["internetMessageHeaders"] = new JsonArray([.. i.Headers.Select(h => (JsonNode)new JsonObject { ["name"] = h.Name, ["value"] = h.Value })]),
        ["receivedDateTime"] = "2026-11-20T09:14:00Z",
        ["categories"] = new JsonArray([.. i.Categories.Select(c => (JsonNode)c)]),
        ["flag"] = new JsonObject { ["flagStatus"] = i.FlagStatus },
    };

    private static async Task JsonAsync(HttpContext context, JsonNode body, HttpStatusCode status = HttpStatusCode.OK)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    private static Task ErrorAsync(HttpContext context, HttpStatusCode status, string code, string message) =>
        JsonAsync(context, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, status);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [GeneratedRegex(@"/mailFolders/[^/]+/messages/delta(\(\))?$")]
    private static partial Regex DeltaPath();

    [GeneratedRegex(@"/outlook/masterCategories$")]
    private static partial Regex MasterCategoriesPath();

    [GeneratedRegex(@"/messages/(?<id>[^/]+)/createReply$")]
    private static partial Regex CreateReplyPath();

    [GeneratedRegex(@"/messages/(?<id>[^/]+)/attachments$")]
    private static partial Regex AttachmentsPath();

    [GeneratedRegex(@"/mailFolders/drafts/messages$", RegexOptions.IgnoreCase)]
    private static partial Regex DraftsPath();

    [GeneratedRegex(@"/users/[^/]+/messages/(?<id>[^/]+)$")]
    private static partial Regex MessagePath();

    [GeneratedRegex(@"/messages/(?<id>[^/]+)/attachments/createUploadSession$")]
    private static partial Regex UploadSessionPath();

    [GeneratedRegex(@"/subscriptions/(?<id>[^/]+)$")]
    private static partial Regex SubscriptionPath();

    [GeneratedRegex(@"ep/value eq '(?<value>(?:[^']|'')*)'")]
    private static partial Regex DraftFilter();

    [GeneratedRegex(@"odata\.maxpagesize=(\d+)")]
    private static partial Regex MaxPageSize();
}
