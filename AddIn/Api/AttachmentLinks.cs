using System.Security.Cryptography;
using System.Text.Json.Serialization;
using MailScope.AddIn.Auth;
using MailScope.AddIn.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;

namespace MailScope.AddIn.Api;

/// <summary>
/// Outlook before Mailbox 1.15 attaches files to a reply form only by URL: the task pane posts the PDF here
/// (authenticated) and gets a short-lived, single-use, unguessable link that Outlook fetches once.
/// </summary>
internal static class AttachmentLinks
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public sealed record LinkRequest(
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("contentType")] string? ContentType,
        [property: JsonPropertyName("base64")] string? Base64);

    private sealed record Stored(string Name, string ContentType, byte[] Content);

    public static void MapAttachmentLinks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/attachment-links", Create).RequireAuthorization(AuthSetup.Policy).RequireRateLimiting(HostSetup.RateLimitPolicy);
        app.MapGet("/attachments/{token}/{name}", Fetch);
    }

    private static Results<Ok<Dictionary<string, string>>, ValidationProblem> Create(LinkRequest request, IMemoryCache cache, HttpRequest http)
    {
        byte[]? content = null;
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.IndexOfAny(['/', '\\']) >= 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["A file name without slashes is required."] });
        }

        try
        {
            content = Convert.FromBase64String(request.Base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["base64"] = ["Not base64."] });
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        cache.Set(token, new Stored(request.Name, request.ContentType ?? "application/octet-stream", content), Lifetime);
        var url = $"{http.Scheme}://{http.Host}/attachments/{token}/{Uri.EscapeDataString(request.Name)}";
        return TypedResults.Ok(new Dictionary<string, string> { ["url"] = url });
    }

    private static Results<FileContentHttpResult, NotFound> Fetch(string token, string name, IMemoryCache cache)
    {
        // Single use: the first fetch removes it.
        if (cache.TryGetValue(token, out Stored? stored) && stored is not null && stored.Name == name)
        {
            cache.Remove(token);
            return TypedResults.File(stored.Content, stored.ContentType, stored.Name);
        }

        return TypedResults.NotFound();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
