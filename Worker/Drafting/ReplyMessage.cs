using System.Net;
using MailScope.Templates.Drafting;
using MimeKit;
using MailScope.Core.Zoning;

namespace MailScope.Worker.Drafting;

/// <summary>
/// Builds the RFC 5322 reply: Re: subject, In-Reply-To and References, the drafted text and HTML with the
/// original quoted beneath, and the quote PDF attached.
/// </summary>
internal static class ReplyMessage
{
    public static MimeMessage Build(MimeMessage original, DraftedReply draft, string providerName, string providerEmail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Build(original, draft.Subject, draft.Text, draft.Html, draft.Quote, draft.MessageId, providerName, providerEmail, now);
    }

    public static MimeMessage Build(
        MimeMessage original, string subject, string text, string html, Attachment? attachment, string? messageId, string providerName, string providerEmail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(original);
        var reply = new MimeMessage();
        reply.From.Add(new MailboxAddress(providerName, providerEmail));
        var to = original.ReplyTo.Count > 0 ? original.ReplyTo : original.From;
        reply.To.AddRange(to.Mailboxes);
        reply.Subject = subject;
        reply.Date = now;
        reply.MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId(providerEmail.Split('@').Last());
        if (!string.IsNullOrEmpty(original.MessageId))
        {
            reply.InReplyTo = original.MessageId;
            reply.References.AddRange(original.References);
            reply.References.Add(original.MessageId);
        }

        var attribution = $"On {original.Date:ddd, d MMM yyyy 'at' HH:mm}, {original.From.Mailboxes.FirstOrDefault()?.ToString() ?? "you"} wrote:";
        var originalText = original.TextBody ?? HtmlToText(original.HtmlBody);
        var quotedText = string.Join("\n", (originalText ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => "> " + l));
        var builder = new BodyBuilder
        {
            TextBody = $"{text.TrimEnd()}\n\n{attribution}\n{quotedText}\n",
            HtmlBody = $"{html}\n<div class=\"mailscope-quote\"><p>{WebUtility.HtmlEncode(attribution)}</p><blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">{QuotedHtml(original)}</blockquote></div>",
        };
        if (attachment is not null)
        {
            builder.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        reply.Body = builder.ToMessageBody();
        return reply;
    }

    // The original is quoted as escaped text: its HTML (client-controlled) never enters the reply.
    private static string QuotedHtml(MimeMessage original) =>
        WebUtility.HtmlEncode(original.TextBody ?? HtmlToText(original.HtmlBody) ?? string.Empty).Replace("\n", "<br>\n", StringComparison.Ordinal);

    private static string? HtmlToText(string? html) => html is null ? null : PlainText.FromHtml(html);
}
