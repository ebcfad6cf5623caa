using System.Net;
using System.Text;
using System.Text.Json.Serialization;
using MailScope.Infrastructure.MailReading;
using MimeKit;

namespace MailScope.AddIn.Playground;

/// <summary>
/// The playground's mailbox: each .eml of a folder, read with the same MIME reader as the worker and given
/// to the page as Outlook would give it to an add-in (HTML body, raw internet headers, bracketed message id).
/// </summary>
internal sealed class SampleMailbox
{
    private readonly Dictionary<string, PlaygroundMessage> _byId;

    private SampleMailbox(IReadOnlyList<PlaygroundMessage> messages)
    {
        Messages = messages;
        _byId = messages.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<PlaygroundMessage> Messages { get; }

    public PlaygroundMessage? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The address the mail is sent to most often: whose mailbox this is (Outlook's userProfile).</summary>
    public string? Owner => Messages.SelectMany(m => m.To).GroupBy(a => a.Address, StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    public static SampleMailbox Load(string folder)
    {
        var messages = new List<PlaygroundMessage>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            messages.Add(ToPlayground(Path.GetFileNameWithoutExtension(path), MimeMessage.Load(MimeMessageReader.Options, stream)));
        }

        return new SampleMailbox(messages);
    }

    private static PlaygroundMessage ToPlayground(string id, MimeMessage mime)
    {
        var inbound = MimeMessageReader.ToInbound(mime);
        var headers = new StringBuilder();
        foreach (var header in mime.Headers)
        {
            headers.Append(header.Field).Append(": ").Append(header.Value).Append("\r\n");
        }

        return new PlaygroundMessage(
            id,
            new PlaygroundAddress(inbound.From ?? string.Empty, inbound.FromName ?? string.Empty),
            mime.To.Mailboxes.Select(m => new PlaygroundAddress(m.Address, m.Name ?? string.Empty)).ToList(),
            mime.Cc.Mailboxes.Select(m => new PlaygroundAddress(m.Address, m.Name ?? string.Empty)).ToList(),
            inbound.Subject,
            inbound.Date,
            inbound.MessageId,
            headers.ToString(),
            // Outlook hands an add-in HTML even for a plain-text message: its text, escaped, line by line.
            inbound.HtmlBody ?? TextToHtml(inbound.TextBody ?? string.Empty));
    }

    private static string TextToHtml(string text) =>
        "<div>" + string.Join("<br>\n", text.ReplaceLineEndings("\n").Split('\n').Select(WebUtility.HtmlEncode)) + "</div>";
}

internal sealed record PlaygroundAddress(
    [property: JsonPropertyName("address")] string Address,
    [property: JsonPropertyName("name")] string Name);

/// <summary>One message of the playground's mailbox, in the shape the page's Office.js stand-in serves.</summary>
internal sealed record PlaygroundMessage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("from")] PlaygroundAddress From,
    [property: JsonPropertyName("to")] IReadOnlyList<PlaygroundAddress> To,
    [property: JsonPropertyName("cc")] IReadOnlyList<PlaygroundAddress> Cc,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("date")] DateTimeOffset? Date,
    [property: JsonPropertyName("internetMessageId")] string? InternetMessageId,
    [property: JsonPropertyName("headers")] string Headers,
    [property: JsonPropertyName("bodyHtml")] string BodyHtml);
