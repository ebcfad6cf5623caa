using Azure.Identity;
using MailScope.Worker.Configuration;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace MailScope.Worker.Mailboxes;

/// <summary>A <see cref="GraphServiceClient"/> for a mailbox: app-only client credentials, or a fixed token.</summary>
internal static class GraphConnection
{
    public static GraphServiceClient Create(MailboxOptions mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        var graph = mailbox.Graph;
        IAuthenticationProvider auth;
        if (!string.IsNullOrEmpty(graph.AccessToken))
        {
            auth = new BaseBearerTokenAuthenticationProvider(new FixedToken(graph.AccessToken));
        }
        else if (!string.IsNullOrEmpty(graph.TenantId) && !string.IsNullOrEmpty(graph.ClientId) && !string.IsNullOrEmpty(graph.ClientSecret))
        {
            // Without the host in the allowed list the SDK silently sends no token to it.
            var host = new Uri(graph.BaseUrl).Host;
            auth = new Microsoft.Graph.Authentication.AzureIdentityAuthenticationProvider(
                new ClientSecretCredential(graph.TenantId, graph.ClientId, graph.ClientSecret), [host], null, false, "https://graph.microsoft.com/.default");
        }
        else
        {
            throw new MailboxException(mailbox.Name, "no credentials: set Graph:TenantId + ClientId + ClientSecret (secret from the environment), or Graph:AccessToken.");
        }

        return new GraphServiceClient(auth, graph.BaseUrl.TrimEnd('/'));
    }

    /// <summary>A fixed bearer token (tests, or a token obtained elsewhere); sent to any host.</summary>
    private sealed class FixedToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
