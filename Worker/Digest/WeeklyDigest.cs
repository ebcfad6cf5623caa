using System.Globalization;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Insights;
using MailScope.Infrastructure.Storage;
using MailScope.Infrastructure.Time;
using MailScope.Templates.Digest;
using MailScope.Templates.Rendering;
using MailScope.Worker.Mailboxes;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace MailScope.Worker.Digest;

/// <summary>
/// The weekly digest (<c>MailScope:Digest</c>): from the configured day of a week on, the first sync of the
/// digest's mailbox drafts one summary of the week before (Monday to Sunday) to the provider, from the
/// <c>digest.txt.scriban</c> template. Never sent. Claimed in the store first, so it is drafted once per week
/// however often the worker runs.
/// </summary>
internal sealed partial class WeeklyDigest(
    MailScopeOptions options, InsightsReports reports, SqlSyncStore store, Lazy<TemplateSet> templates, TimeProvider time, ILogger<WeeklyDigest> logger)
{
    public bool IsFor(MailboxOptions mailbox) =>
        options.Digest.Enabled && string.Equals(options.Digest.Mailbox ?? options.Mailboxes.FirstOrDefault()?.Name, mailbox.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Drafts last week's digest into the session's mailbox when it is due and not drafted yet; true when it drafted it.</summary>
    public async Task<bool> DraftIfDueAsync(MailboxOptions mailbox, IMailboxSession session, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        if (today < monday.AddDays(((int)options.Digest.Day + 6) % 7))
        {
            return false;
        }

        var (from, until) = (monday.AddDays(-7), monday.AddDays(-1));
        var key = "digest:" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!await store.ClaimDigestAsync(key, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            var week = await reports.BuildAsync(from, until, null, cancellationToken).ConfigureAwait(false);
            var quarter = await reports.BuildAsync(until.AddDays(1 - InsightsReports.DefaultDays), until, null, cancellationToken).ConfigureAwait(false);
            var text = templates.Value.Render(DigestModel.Template, DigestModel.Build(reports.Book, week, quarter), html: false, cancellationToken);
            var provider = reports.Book.Provider;
            var draft = new MimeMessage { Subject = $"MailScope weekly digest: {from:yyyy-MM-dd} to {until:yyyy-MM-dd}", Date = time.GetUtcNow() };
            draft.From.Add(new MailboxAddress(provider.Name, provider.Email));
            draft.To.Add(new MailboxAddress(provider.Name, provider.Email));
            draft.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(provider.Email.Split('@').Last());
            draft.Headers[DraftMarker.Header] = key;
            draft.Body = new TextPart("plain") { Text = text };
            var saved = await session.SaveDraftsAsync([draft], cancellationToken).ConfigureAwait(false);
            await store.NoteDigestAsync(key, saved.Count > 0 ? saved[0] : string.Empty, cancellationToken).ConfigureAwait(false);
            Drafted(logger, mailbox.Name, from, until);
            return true;
        }
        catch
        {
            // Not drafted: the next sync tries again.
            await store.ReleaseDigestAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "{Mailbox}: drafted the weekly digest of {From} to {Until}")]
    private static partial void Drafted(ILogger logger, string mailbox, DateOnly from, DateOnly until);
}
