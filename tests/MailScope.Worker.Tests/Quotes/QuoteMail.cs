using System.Diagnostics;
using MailScope.Tooling.Servers;
using MailScope.Worker.Tests.Syncing;
using MimeKit;

namespace MailScope.Worker.Tests.Quotes;

/// <summary>The client's side of a quote's thread, and reading back what the worker left in Drafts.</summary>
internal static class QuoteMail
{
    public const string Alex = "alex.kim@example.com";
    public const string Dana = "dana@reyescoaching.com";

    /// <summary>Alex's over-quota ask (a second resume review): the worker answers it with an upgrade quote.</summary>
    public static MimeMessage ResumeAgain() => MimeMessage.Load(RepoPaths.Of("samples", "mailbox", "12-alex-resume-again.eml"));

    /// <summary>A reply to <paramref name="draft"/> from <paramref name="from"/>: new text on top, the draft quoted beneath.</summary>
    public static MimeMessage Reply(MimeMessage draft, string from, string newText, bool cite = true)
    {
        var reply = new MimeMessage();
        reply.From.Add(MailboxAddress.Parse(from));
        reply.To.Add(MailboxAddress.Parse(Dana));
        reply.Subject = "Re: " + draft.Subject;
        reply.Date = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
        reply.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example");
        if (cite)
        {
            reply.InReplyTo = draft.MessageId;
            reply.References.AddRange(draft.References);
            reply.References.Add(draft.MessageId!);
        }

        var quoted = string.Join("\n", (draft.TextBody ?? string.Empty).Split('\n').Select(l => "> " + l.TrimEnd('\r')));
        reply.Body = new TextPart("plain") { Text = $"{newText}\n\nAlex\n\nOn Fri, 27 Nov 2026, Dana Reyes wrote:\n{quoted}\n" };
        return reply;
    }

    /// <summary>The PDF attachment named <paramref name="fileName"/> as text (poppler's pdftotext).</summary>
    public static string PdfText(MimeMessage message, string fileName)
    {
        var part = message.Attachments.OfType<MimePart>().Single(p => p.FileName == fileName);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        try
        {
            using (var file = File.Create(path))
            {
                part.Content!.DecodeTo(file);
            }

            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<List<MimeMessage>> DraftsAsync(DovecotServer server, string user) =>
        [.. (await ImapSnapshot.DraftsAsync(server, user)).Select(d => d.Message)];
}
