using System.Net;
using MailScope.Tooling.Servers;
using MailScope.Worker.Tests.Syncing;

namespace MailScope.Worker.Tests.Chaos;

/// <summary>
/// A Graph message without an internetMessageId (found by the fuzz campaign): it must be remembered by
/// something that stays the same from one sync to the next, or every sync that sees it again (as Graph
/// returns a message after MailScope flags it) judges it afresh and saves another draft with another quote.
/// </summary>
public sealed class GraphMessageIdentityTests : IAsyncLifetime
{
    private GraphStandIn _graph = null!;

    public async Task InitializeAsync() => _graph = await GraphStandIn.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Messages_without_an_internet_message_id_are_judged_and_drafted_once_across_syncs()
    {
        var mail = LabelledMail.Load("career-coach");
        var messages = mail.Repeated(20);
        foreach (var (message, _) in messages)
        {
            var from = message.From.Mailboxes.First();
            var html = message.HtmlBody ?? "<p>" + WebUtility.HtmlEncode(message.TextBody ?? string.Empty).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>";
            _graph.Add(null, message.Subject, from.Name, from.Address, html);
        }

        using var harness = new SyncHarness(mail.ScopeBook, new Dictionary<string, string>
        {
            ["MailScope__Mailboxes__0__Name"] = "m365",
            ["MailScope__Mailboxes__0__Kind"] = "Graph",
            ["MailScope__Mailboxes__0__Graph__BaseUrl"] = _graph.BaseUrl.ToString().TrimEnd('/'),
            ["MailScope__Mailboxes__0__Graph__AccessToken"] = GraphStandIn.Token,
            ["MailScope__Mailboxes__0__Graph__UserId"] = "dana@reyescoaching.com",
        }, batchSize: 10);

        var first = await harness.SyncAsync();
        var second = await harness.SyncAsync();

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        var flagged = messages.Count(m => LabelledMail.IsFlagged(m.Verdict));
        Assert.Equal(flagged, _graph.Items.Count(i => !i.IsDraft && i.FlagStatus == "flagged"));
        var drafts = _graph.Items.Where(i => i.IsDraft).ToList();
        Assert.Equal(flagged, drafts.Count);
        Assert.Equal(drafts.Count, drafts.Select(d => d.ReplyTo).Distinct().Count());
        Assert.Contains(" 0 judged, 0 flagged, 0 drafted", second.Output, StringComparison.Ordinal);
        Assert.Equal(messages.Count, (await harness.Store().ListRecordsAsync("m365", CancellationToken.None)).Count);
    }
}
