using System.Text.RegularExpressions;
using MimeKit;

namespace MailScope.Chaos.Campaign;

/// <summary>What a mailbox holds after a campaign, as its server reports it: which messages carry the flag, and the drafts.</summary>
public sealed partial record MailboxState(IReadOnlySet<string> Messages, IReadOnlySet<string> Flagged, IReadOnlyList<DraftSeen> Drafts);

/// <summary>A draft in the Drafts folder: the message it answers and the quote numbers its text and PDF carry.</summary>
public sealed partial record DraftSeen(string InReplyTo, IReadOnlyList<string> TextQuotes, byte[]? Pdf)
{
    public static DraftSeen Of(MimeMessage draft) =>
        new((draft.InReplyTo ?? string.Empty).Trim('<', '>'), QuoteNumbers(draft.TextBody ?? draft.HtmlBody ?? string.Empty), PdfOf(draft));

    public static IReadOnlyList<string> QuoteNumbers(string text) => [.. QuoteNumber().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    private static byte[]? PdfOf(MimeMessage draft)
    {
        var part = draft.Attachments.OfType<MimePart>().FirstOrDefault(a => a.ContentType.MimeType == "application/pdf");
        if (part?.Content is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        part.Content.DecodeTo(stream);
        return stream.ToArray();
    }

    /// <summary>A change-order or upgrade quote number as the store's counter makes them (CO-2026-0001).</summary>
    [GeneratedRegex(@"\b(?:CO|UQ)-\d{4}-\d{4,}\b")]
    private static partial Regex QuoteNumber();
}
