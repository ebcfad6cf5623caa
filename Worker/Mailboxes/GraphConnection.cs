using Azure.Identity;
using MailScope.Infrastructure.Configuration;
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
        else if (Credential(mailbox) is { } credential)
        {
            // Without the host in the allowed list the SDK silently sends no token to it.
            var host = new Uri(graph.BaseUrl).Host;
            string[] scopes = graph.DeviceCode ? ["Mail.ReadWrite", "MailboxSettings.ReadWrite"] : ["https://graph.microsoft.com/.default"];
            auth = new Microsoft.Graph.Authentication.AzureIdentityAuthenticationProvider(credential, [host], null, false, scopes);
        }
        else
        {
            throw new MailboxException(mailbox.Name,
                "no credentials: set Graph:TenantId + ClientId and ClientSecret or CertificatePath (from the environment), or Graph:DeviceCode=true, or Graph:AccessToken.");
        }

        // The SDK's default pipeline (retry with Retry-After, redirects, compression) plus immutable ids on every call.
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new ImmutableIds());
        var http = GraphClientFactory.Create(handlers);
        return new GraphServiceClient(http, auth, graph.BaseUrl.TrimEnd('/'));
    }

    /// <summary>Adds <c>Prefer: IdType="ImmutableId"</c> to every request, so ids survive moves between folders.</summary>
    private sealed class ImmutableIds : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!request.Headers.TryGetValues("Prefer", out var prefer) || !prefer.Any(p => p.Contains("IdType", StringComparison.OrdinalIgnoreCase)))
            {
                request.Headers.TryAddWithoutValidation("Prefer", "IdType=\"ImmutableId\"");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    private static Azure.Core.TokenCredential? Credential(MailboxOptions mailbox)
    {
        var graph = mailbox.Graph;
        if (string.IsNullOrEmpty(graph.TenantId) || string.IsNullOrEmpty(graph.ClientId))
        {
            return null;
        }

        if (graph.DeviceCode)
        {
            // The sign-in instruction goes to the console; the token lives for this process only.
            return new DeviceCodeCredential(new DeviceCodeCredentialOptions
            {
                TenantId = graph.TenantId,
                ClientId = graph.ClientId,
                DeviceCodeCallback = (code, _) => Console.Error.WriteLineAsync($"{mailbox.Name}: {code.Message}"),
            });
        }

        if (!string.IsNullOrEmpty(graph.CertificatePath))
        {
            var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(graph.CertificatePath, graph.CertificatePassword);
            return new ClientCertificateCredential(graph.TenantId, graph.ClientId, certificate);
        }

        return string.IsNullOrEmpty(graph.ClientSecret) ? null : new ClientSecretCredential(graph.TenantId, graph.ClientId, graph.ClientSecret);
    }

    /// <summary>A fixed bearer token (tests, or a token obtained elsewhere); sent to any host.</summary>
    private sealed class FixedToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
