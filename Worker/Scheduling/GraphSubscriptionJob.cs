using Hangfire;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Configuration;
using MailScope.Worker.Mailboxes;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace MailScope.Worker.Scheduling;

/// <summary>
/// Keeps a Graph change-notification subscription alive for a mailbox with <c>Graph:NotificationUrl</c>:
/// creates it (new messages in the watched folder, lifecycle notifications beside), and renews it well
/// before its expiry (messages allow up to 10,080 minutes). Its id is kept in the store beside the
/// mailbox's checkpoint. A notification only wakes a sync; polling stays on, so a lost subscription costs
/// minutes, not messages.
/// </summary>
internal sealed partial class GraphSubscriptionJob(MailScopeOptions options, ISyncStore store, ILogger<GraphSubscriptionJob> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10_080 - 60);

    public static string StoreKey(string mailbox) => mailbox + "#subscription";

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Renew the Graph subscription of {0}")]
    public async Task RenewAsync(string mailbox, CancellationToken cancellationToken)
    {
        var configured = options.Mailboxes.FirstOrDefault(m => m.Kind == MailboxKind.Graph && m.Name.Equals(mailbox, StringComparison.OrdinalIgnoreCase));
        if (configured?.Graph.NotificationUrl is not { Length: > 0 } url)
        {
            return;
        }

        var client = GraphConnection.Create(configured);
        // Graph compares the expiry with its own clock: the real one, never a fixed demo or test day.
        var expires = TimeProvider.System.GetUtcNow() + Lifetime;
        if (await store.GetCheckpointAsync(StoreKey(configured.Name), cancellationToken).ConfigureAwait(false) is { } id)
        {
            try
            {
                await client.Subscriptions[id].PatchAsync(new Subscription { ExpirationDateTime = expires }, cancellationToken: cancellationToken).ConfigureAwait(false);
                Renewed(logger, configured.Name, expires);
                return;
            }
            catch (ODataError error) when (error.ResponseStatusCode == 404)
            {
                // Removed on Graph's side (or expired): make a new one.
            }
        }

        var created = await client.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created",
            NotificationUrl = url,
            LifecycleNotificationUrl = url.TrimEnd('/') + "/lifecycle",
            Resource = $"users/{configured.Graph.UserId}/mailFolders('{configured.Folder ?? "inbox"}')/messages",
            ExpirationDateTime = expires,
            ClientState = configured.Graph.ClientState ?? throw new MailboxException(configured.Name, "Graph:ClientState is required with Graph:NotificationUrl."),
        }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await store.SaveAsync(StoreKey(configured.Name), [], created?.Id ?? throw new MailboxException(configured.Name, "Graph created no subscription."), cancellationToken).ConfigureAwait(false);
        Created(logger, configured.Name, created.Id, expires);
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "{Mailbox}: Graph subscription {Id} created, expires {Expires:u}")]
    private static partial void Created(ILogger logger, string mailbox, string id, DateTimeOffset expires);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "{Mailbox}: Graph subscription renewed until {Expires:u}")]
    private static partial void Renewed(ILogger logger, string mailbox, DateTimeOffset expires);
}
