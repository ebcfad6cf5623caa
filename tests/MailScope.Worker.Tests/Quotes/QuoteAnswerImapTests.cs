using System.Text.Json;
using MailScope.Core.Agreements;
using MailScope.Core.Offers;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Tests.Servers;
using MailScope.Worker.Tests.Syncing;
using MimeKit;

namespace MailScope.Worker.Tests.Quotes;

/// <summary>
/// A quote's life through a real Dovecot: the worker drafts an upgrade quote, the client answers in the
/// thread, the next sync decides the quote from the answer's new text and drafts one confirmation.
/// </summary>
[Collection(DovecotServers.Name)]
public sealed class QuoteAnswerImapTests(DovecotFixture server)
{
    private static readonly string Book = RepoPaths.Of("samples", "scope-book.yaml");

    [Fact]
    public async Task Yes_to_an_upgrade_quote_accepts_it_once_and_drafts_one_confirmation_with_the_amended_agreement()
    {
        var (harness, user, quoteDraft) = await QuotedAsync();
        using var _ = harness;
        var quote = Assert.Single(await Quotes(harness).ListAsync(null, null, CancellationToken.None));
        Assert.Equal((OfferKind.Upgrade, QuoteStatus.Drafted, "accelerator", "alex-kim"), (quote.Kind, quote.Status, quote.TargetId, quote.ClientId));
        Assert.Equal(quoteDraft.MessageId, quote.ReplyMessageId);
        Assert.Equal("60db997880a8205a@mail.example", quote.AnsweredMessageId);

        await server.AppendAsync(user, [QuoteMail.Reply(quoteDraft, QuoteMail.Alex, "Yes \u2014 let's do the upgrade.")]);
        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var accepted = await Quotes(harness).GetAsync(quote.Number, CancellationToken.None);
        Assert.Equal(QuoteStatus.Accepted, accepted!.Status);
        var drafts = await QuoteMail.DraftsAsync(server, user);
        Assert.Equal(2, drafts.Count);
        var confirmation = Assert.Single(drafts, d => d.Attachments.OfType<MimePart>().Any(p => p.FileName == $"Agreement-{quote.Number}.pdf"));
        Assert.Contains(quote.Number, confirmation.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Re: Re:", confirmation.Subject, StringComparison.Ordinal);
        var pdf = QuoteMail.PdfText(confirmation, $"Agreement-{quote.Number}.pdf");
        Assert.Contains("Amended agreement", pdf, StringComparison.Ordinal);
        Assert.Contains("Career Accelerator", pdf, StringComparison.Ordinal);
        Assert.Contains(quote.Number, pdf, StringComparison.Ordinal);
        Assert.Contains("1,350.00 USD", pdf, StringComparison.Ordinal); // the difference, less the existing-client discount
        Assert.Contains("LinkedIn profile rewrite", pdf, StringComparison.Ordinal);

        // A second "yes" (and a sync after it) changes nothing: same decision, no second confirmation.
        await server.AppendAsync(user, [QuoteMail.Reply(quoteDraft, QuoteMail.Alex, "Yes, go ahead!")]);
        var again = await harness.SyncAsync();
        Assert.True(again.ExitCode == 0, again.Output);
        var still = await Quotes(harness).GetAsync(quote.Number, CancellationToken.None);
        Assert.Equal((QuoteStatus.Accepted, accepted.DecidedAt, accepted.DecidedBy), (still!.Status, still.DecidedAt, still.DecidedBy));
        Assert.Equal(2, (await QuoteMail.DraftsAsync(server, user)).Count);

        // The agreement is amended: Alex is on the target package with price_paid raised by what the quote charged,
        // and the same ask that was over quota before is in scope now.
        var agreement = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "agreement", "alex-kim", "--json");
        Assert.True(agreement.ExitCode == 0, agreement.Output);
        using (var amended = JsonDocument.Parse(agreement.StdOut))
        {
            Assert.Equal(["accelerator"], amended.RootElement.GetProperty("packages").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
            Assert.Equal(900m + quote.Total, amended.RootElement.GetProperty("price_paid").GetDecimal());
            Assert.Contains(amended.RootElement.GetProperty("amendments").EnumerateArray(), a => a.GetProperty("quote").GetString() == quote.Number);
        }

        var askAgain = QuoteMail.ResumeAgain();
        askAgain.MessageId = "resume-again-after-upgrade@mail.example";
        await server.AppendAsync(user, [askAgain]);
        var third = await harness.SyncAsync();
        Assert.True(third.ExitCode == 0, third.Output);
        var records = await harness.Store().ListRecordsAsync(user, CancellationToken.None);
        Assert.Equal("over_quota", records.Single(r => r.MessageKey == "<60db997880a8205a@mail.example>").Verdict);
        Assert.Equal("in_scope", records.Single(r => r.MessageKey == "<resume-again-after-upgrade@mail.example>").Verdict);
        Assert.Equal(2, (await QuoteMail.DraftsAsync(server, user)).Count);

        var listed = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "quotes", "list", "--json");
        Assert.True(listed.ExitCode == 0, listed.Output);
        using var json = JsonDocument.Parse(listed.StdOut);
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(["number", "client", "kind", "status", "total", "currency", "created", "valid_until"], row.EnumerateObject().Select(p => p.Name));
        Assert.Equal((quote.Number, "alex-kim", "upgrade", "accepted", 1350m, "USD", "2026-11-27", "2026-12-27"),
            (row.GetProperty("number").GetString(), row.GetProperty("client").GetString(), row.GetProperty("kind").GetString(), row.GetProperty("status").GetString(),
             row.GetProperty("total").GetDecimal(), row.GetProperty("currency").GetString(), row.GetProperty("created").GetString(), row.GetProperty("valid_until").GetString()));
    }

    [Fact]
    public async Task A_reply_quoting_the_quote_that_says_not_right_now_declines_it()
    {
        var (harness, user, quoteDraft) = await QuotedAsync();
        using var _ = harness;
        // The quoted draft says 'Reply "I accept"': only the new text counts.
        Assert.Contains("I accept", quoteDraft.TextBody, StringComparison.Ordinal);

        await server.AppendAsync(user, [QuoteMail.Reply(quoteDraft, QuoteMail.Alex, "Thanks Dana, but not right now.")]);
        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var quote = Assert.Single(await Quotes(harness).ListAsync(null, null, CancellationToken.None));
        Assert.Equal(QuoteStatus.Declined, quote.Status);
        Assert.Single(await QuoteMail.DraftsAsync(server, user)); // no confirmation for a no
    }

    [Fact]
    public async Task A_yes_from_the_provider_or_a_negated_one_from_the_client_accepts_nothing()
    {
        var (harness, user, quoteDraft) = await QuotedAsync();
        using var _ = harness;

        await server.AppendAsync(user, [
            QuoteMail.Reply(quoteDraft, QuoteMail.Dana, "Yes \u2014 let's do the upgrade."),
            QuoteMail.Reply(quoteDraft, QuoteMail.Alex, "I can't accept this yet, I need to check with my partner."),
        ]);
        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(QuoteStatus.Drafted, Assert.Single(await Quotes(harness).ListAsync(null, null, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task An_expired_quote_cannot_be_accepted_by_mail_or_by_command()
    {
        var (harness, user, quoteDraft) = await QuotedAsync();
        using var _ = harness;
        harness.Environment["MailScope__Today"] = "2027-01-05"; // valid until 2026-12-27

        var quiet = await harness.SyncAsync();
        Assert.True(quiet.ExitCode == 0, quiet.Output);
        Assert.Equal(QuoteStatus.Expired, Assert.Single(await Quotes(harness).ListAsync(null, null, CancellationToken.None)).Status); // marked by the sync itself
        await server.AppendAsync(user, [QuoteMail.Reply(quoteDraft, QuoteMail.Alex, "I accept.")]);
        var run = await harness.SyncAsync();
        var quote = Assert.Single(await Quotes(harness).ListAsync(null, null, CancellationToken.None));
        var accept = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "quotes", "accept", quote.Number);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(QuoteStatus.Expired, quote.Status);
        Assert.Equal(2, accept.ExitCode);
        Assert.Contains(quote.Number, accept.StdErr, StringComparison.Ordinal);
        Assert.Contains("expired", accept.StdErr, StringComparison.Ordinal);
        Assert.Single(await QuoteMail.DraftsAsync(server, user));
    }

    [Fact]
    public async Task Quote_commands_name_an_unknown_number_and_decide_a_known_one_once()
    {
        var (harness, _, _) = await QuotedAsync();
        using var __ = harness;
        var number = Assert.Single(await Quotes(harness).ListAsync(null, null, CancellationToken.None)).Number;

        var unknown = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "quotes", "accept", "UQ-2026-0999");
        var withdraw = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "quotes", "withdraw", number);
        var accept = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "quotes", "accept", number);
        var listed = await WorkerProcess.RunAsync(harness.Environment, harness.WorkingDirectory, "quotes", "list", "--status", "withdrawn");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("UQ-2026-0999", unknown.StdErr, StringComparison.Ordinal);
        Assert.True(withdraw.ExitCode == 0, withdraw.Output);
        Assert.Equal(2, accept.ExitCode);
        Assert.Contains("already withdrawn", accept.StdErr, StringComparison.Ordinal);
        Assert.Contains(number, listed.StdOut, StringComparison.Ordinal);
    }

    /// <summary>A mailbox with Alex's over-quota ask, synced once: the worker drafted its upgrade quote.</summary>
    private async Task<(SyncHarness Harness, string User, MimeMessage QuoteDraft)> QuotedAsync()
    {
        var user = server.NewUser();
        await server.AppendAsync(user, [QuoteMail.ResumeAgain()]);
        var harness = new SyncHarness(Book, server.MailboxEnvironment(user));
        var first = await harness.SyncAsync();
        Assert.True(first.ExitCode == 0, first.Output);
        var draft = Assert.Single(await QuoteMail.DraftsAsync(server, user));
        Assert.Contains(draft.Attachments.OfType<MimePart>(), p => p.FileName!.StartsWith("UQ-2026-", StringComparison.Ordinal));
        return (harness, user, draft);
    }

    private static SqlQuoteBook Quotes(SyncHarness harness) => new(harness.Store());
}
