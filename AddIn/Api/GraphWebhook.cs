using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hangfire;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MailScope.AddIn.Api;

/// <summary>
/// Microsoft Graph change notifications for the watched folders (issue 5). Graph validates the URL by
/// posting a <c>validationToken</c>, which is echoed as text/plain within its 10 seconds. A notification only
/// wakes a delta sync of its mailbox (the sync job decides what is new); lifecycle notifications
/// (<c>reauthorizationRequired</c>, <c>missed</c>, <c>subscriptionRemoved</c>) wake one too, so nothing is
/// missed. A notification whose <c>clientState</c> matches no mailbox's secret is ignored. Graph only needs
/// a quick 202.
/// </summary>
internal static partial class GraphWebhook
{
    public const string Path = "/webhooks/graph";

    public static void MapGraphWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReceiveAsync).AllowAnonymous();
        app.MapPost(Path + "/lifecycle", ReceiveAsync).AllowAnonymous();
    }

    private static async Task<Results<ContentHttpResult, Accepted, BadRequest>> ReceiveAsync(
        HttpRequest request, MailScopeOptions options, IBackgroundJobClient jobs, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (request.Query["validationToken"].ToString() is { Length: > 0 } token)
        {
            return TypedResults.Content(token, "text/plain");
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        using (body)
        {
            var logger = loggers.CreateLogger(typeof(GraphWebhook));
            var woken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            // Anyone can post here: a body that is not what Graph sends is read as no notification, never as a server error.
            var notifications = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.Object).ToList()
                : [];
            foreach (var notification in notifications)
            {
                var state = StringOf(notification, "clientState");
                var mailbox = options.Mailboxes.FirstOrDefault(m => m.Kind == MailboxKind.Graph && Matches(m.Graph.ClientState, state));
                if (mailbox is null)
                {
                    Ignored(logger);
                    continue;
                }

                if (woken.Add(mailbox.Name))
                {
                    var name = mailbox.Name;
                    jobs.Enqueue<IMailboxSyncJob>(j => j.RunAsync(name, CancellationToken.None));
                    var kind = StringOf(notification, "lifecycleEvent") ?? "change";
                    Woken(logger, name, kind);
                }
            }
        }

        return TypedResults.Accepted((string?)null);
    }

    /// <summary>A property's text; null when it is missing, not a string, or not valid UTF-8 (which only reading it reveals).</summary>
    private static string? StringOf(JsonElement notification, string name)
    {
        if (!notification.TryGetProperty(name, out var property) || property.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return property.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool Matches(string? secret, string? given) =>
        !string.IsNullOrEmpty(secret) && given is not null &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Graph notification with an unknown clientState ignored")]
    private static partial void Ignored(ILogger logger);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "{Mailbox}: Graph notification ({Kind}); a sync is queued")]
    private static partial void Woken(ILogger logger, string mailbox, string kind);
}
