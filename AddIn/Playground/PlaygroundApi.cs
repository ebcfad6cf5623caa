using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.FileProviders;

namespace MailScope.AddIn.Playground;

/// <summary>
/// The playground's page and what its Office.js stand-in needs from the host: the mailbox, the key for the pane,
/// and a place to keep the reply form's attachments so the quote PDF can be opened from the page.
/// Mapped only by the playground command.
/// </summary>
internal static class PlaygroundApi
{
    /// <summary>The script the task pane loads instead of office.js in the playground.</summary>
    public const string OfficeScript = "<script src=\"/playground/office-standin.js\"></script>";

    /// <summary>Attachments kept at once; the oldest go first (a playground, not a store).</summary>
    private const int KeptAttachments = 50;

    public sealed record Config(
        [property: JsonPropertyName("apiKey")] string ApiKey,
        [property: JsonPropertyName("today")] string Today,
        [property: JsonPropertyName("owner")] string? Owner);

    public sealed record AttachmentRequest(
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("contentType")] string? ContentType,
        [property: JsonPropertyName("base64")] string? Base64);

    private sealed record Kept(string Name, string ContentType, byte[] Content, long Order);

    public static void MapPlayground(this WebApplication app, PlaygroundCommand command, SampleMailbox mailbox)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(mailbox);
        var site = Path.Combine(AppContext.BaseDirectory, "Playground", "site");
        var kept = new ConcurrentDictionary<string, Kept>(StringComparer.Ordinal);
        long order = 0;
        var today = app.Services.GetRequiredService<Infrastructure.Configuration.MailScopeOptions>().Today?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

        app.MapGet("/", () => TypedResults.Redirect("/playground/"));
        // Routing matches /playground with or without the slash; the page's relative links want the slash.
        app.MapGet("/playground", Results<PhysicalFileHttpResult, RedirectHttpResult> (HttpRequest request) =>
            request.Path.Value!.EndsWith('/')
                ? TypedResults.PhysicalFile(Path.Combine(site, "index.html"), "text/html; charset=utf-8")
                : TypedResults.Redirect("/playground/"));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(site), RequestPath = "/playground" });
        app.MapGet("/playground/config.json", () => TypedResults.Ok(new Config(command.ApiKey, today, mailbox.Owner)));
        app.MapGet("/playground/messages", () => TypedResults.Ok(mailbox.Messages));
        app.MapGet("/playground/messages/{id}", Results<Ok<PlaygroundMessage>, NotFound> (string id) =>
            mailbox.Find(id) is { } message ? TypedResults.Ok(message) : TypedResults.NotFound());

        app.MapPost("/playground/attachments", Results<Ok<Dictionary<string, string>>, ValidationProblem> (AttachmentRequest request) =>
        {
            if (string.IsNullOrWhiteSpace(request.Name) || request.Name.IndexOfAny(['/', '\\']) >= 0)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["A file name without slashes is required."] });
            }

            byte[] content;
            try
            {
                content = Convert.FromBase64String(request.Base64 ?? string.Empty);
            }
            catch (FormatException)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["base64"] = ["Not base64."] });
            }

            var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            kept[token] = new Kept(request.Name, request.ContentType ?? "application/octet-stream", content, Interlocked.Increment(ref order));
            foreach (var old in kept.OrderByDescending(k => k.Value.Order).Skip(KeptAttachments).ToList())
            {
                kept.TryRemove(old.Key, out _);
            }

            return TypedResults.Ok(new Dictionary<string, string> { ["url"] = $"/playground/attachments/{token}/{Uri.EscapeDataString(request.Name)}" });
        });

        // Inline, not a download: the browser's PDF viewer shows the quote.
        app.MapGet("/playground/attachments/{token}/{name}", Results<FileContentHttpResult, NotFound> (string token, string name, HttpResponse response) =>
        {
            if (!kept.TryGetValue(token, out var file) || file.Name != name)
            {
                return TypedResults.NotFound();
            }

            response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = true, FileName = file.Name }.ToString();
            return TypedResults.File(file.Content, file.ContentType);
        });
    }

    /// <summary>The line the command prints: the one URL to open.</summary>
    public static string Banner(Uri url, SampleMailbox mailbox) =>
        $"MailScope playground: open {url} ({mailbox.Messages.Count} sample messages, the sample scope book; loopback only; Ctrl+C stops it)";

    /// <summary>The HTTP address Kestrel bound (the port is chosen by the system for --port 0).</summary>
    public static Uri BoundUrl(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Urls.Select(u => new Uri(u)).First();
        return new Uri($"http://127.0.0.1:{address.Port}/playground/");
    }
}
