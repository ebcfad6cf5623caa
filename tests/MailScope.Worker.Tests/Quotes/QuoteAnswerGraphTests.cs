using MailScope.Core.Agreements;
using MailScope.Core.Offers;
using MailScope.Infrastructure.Storage;
using MailScope.Tooling.Servers;
using MailScope.Worker.Tests.Syncing;

namespace MailScope.Worker.Tests.Quotes;

/// <summary>
/// A quote answered through Microsoft Graph (the real SDK against the stand-in): Exchange gives the draft a
/// Message-ID of its own, so the client's answer is found by its References naming the message the quote answered.
/// </summary>
public sealed class QuoteAnswerGraphTests : IAsyncLifetime
{
    private GraphStandIn _graph = null!;

    public async Task InitializeAsync() => _graph = await GraphStandIn.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Yes_through_Graph_accepts_the_upgrade_once_and_drafts_one_confirmation_in_the_answers_thread()
    {
        var ask = QuoteMail.ResumeAgain();
        _graph.Add($"<{ask.MessageId}>", ask.Subject, "Alex Kim", QuoteMail.Alex, ask.TextBody!, "text", []);
        using var harness = new SyncHarness(RepoPaths.Of("samples", "scope-book.yaml"), new Dictionary<string, string>
        {
            ["MailScope__Mailboxes__0__Name"] = "m365",
            ["MailScope__Mailboxes__0__Kind"] = "Graph",
            ["MailScope__Mailboxes__0__Graph__BaseUrl"] = _graph.BaseUrl.ToString().TrimEnd('/'),
            ["MailScope__Mailboxes__0__Graph__AccessToken"] = GraphStandIn.Token,
            ["MailScope__Mailboxes__0__Graph__UserId"] = QuoteMail.Dana,
        });
        var first = await harness.SyncAsync();
        Assert.True(first.ExitCode == 0, first.Output);
        var quote = Assert.Single(await new SqlQuoteBook(harness.Store()).ListAsync(null, null, CancellationToken.None));
        Assert.Equal((OfferKind.Upgrade, QuoteStatus.Drafted), (quote.Kind, quote.Status));

        var answer = Answer("answer-1@mail.example", "Yes \u2014 let's do the upgrade.");
        var run = await harness.SyncAsync();
        Answer("answer-2@mail.example", "Yes, go ahead.");
        var again = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Equal(QuoteStatus.Accepted, (await new SqlQuoteBook(harness.Store()).GetAsync(quote.Number, CancellationToken.None))!.Status);
        var drafts = _graph.Items.Where(i => i.IsDraft).ToList();
        Assert.Equal(2, drafts.Count);
        var confirmation = Assert.Single(drafts, d => d.DraftKey == $"quote-confirmation:{quote.Number}");
        Assert.Equal(answer.Id, confirmation.ReplyTo);
        Assert.Contains(confirmation.Attachments, a => a.Name == $"Agreement-{quote.Number}.pdf" && a.Content.AsSpan(0, 4).SequenceEqual("%PDF"u8));
        Assert.Contains(quote.Number, confirmation.Body, StringComparison.Ordinal);
        // The answer is not an ask: it is neither flagged nor given a reply of its own.
        Assert.Equal("notFlagged", answer.FlagStatus);
    }

    /// <summary>Alex's reply: Exchange's own id for the draft in In-Reply-To, the original ask in References.</summary>
    private GraphStandIn.Item Answer(string messageId, string newText) =>
        _graph.Add($"<{messageId}>", "RE: One more look?", "Alex Kim", QuoteMail.Alex,
            $"{newText}\n\nAlex\n\nOn Fri, 27 Nov 2026, Dana Reyes wrote:\n> Reply \"I accept\" and I'll get started.\n", "text",
            [("In-Reply-To", "<AAMkExchangeDraft@exchange.example>"), ("References", "<60db997880a8205a@mail.example> <AAMkExchangeDraft@exchange.example>")]);
}
