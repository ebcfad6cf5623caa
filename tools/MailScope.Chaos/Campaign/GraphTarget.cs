using System.Net;
using MailScope.Tooling.Servers;
using MimeKit;

namespace MailScope.Chaos.Campaign;

/// <summary>The Graph stand-in: one mailbox (the signed-in user's inbox) per stand-in.</summary>
public sealed class GraphTarget : ChaosTarget
{
    private GraphStandIn? _graph;

    public override string Name => "graph";

    public GraphStandIn Graph => _graph ?? throw new InvalidOperationException("Create the mailbox first.");

    public override async Task<string> CreateMailboxAsync(IReadOnlyList<MimeMessage> messages)
    {
        if (_graph is not null)
        {
            throw new InvalidOperationException("One Graph mailbox per target.");
        }

        _graph = await GraphStandIn.StartAsync();
        foreach (var message in messages)
        {
            var from = message.From.Mailboxes.FirstOrDefault();
            _graph.Add($"<{message.MessageId}>", message.Subject, from?.Name, from?.Address ?? string.Empty, Html(message));
        }

        return "m365";
    }

    private static string Html(MimeMessage message) =>
        message.HtmlBody ?? "<p>" + WebUtility.HtmlEncode(message.TextBody ?? string.Empty).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>";

    /// <summary>Graph serves the HTML body, sender and subject: scan judges a message made of exactly those.</summary>
    public override MimeMessage AsRead(MimeMessage message)
    {
        var read = new MimeMessage { MessageId = message.MessageId ?? string.Empty, Subject = message.Subject ?? string.Empty, Date = message.Date };
        read.From.AddRange(message.From);
        read.To.AddRange(message.To);
        read.Body = new TextPart("html") { Text = Html(message) };
        return read;
    }

    public override Dictionary<string, string> Environment(string mailbox, int index) => new()
    {
        [$"MailScope__Mailboxes__{index}__Name"] = mailbox,
        [$"MailScope__Mailboxes__{index}__Kind"] = "Graph",
        [$"MailScope__Mailboxes__{index}__Graph__BaseUrl"] = Graph.BaseUrl.ToString().TrimEnd('/'),
        [$"MailScope__Mailboxes__{index}__Graph__AccessToken"] = GraphStandIn.Token,
        [$"MailScope__Mailboxes__{index}__Graph__UserId"] = "dana@reyescoaching.com",
    };

    public override Task<MailboxState> ObserveAsync(string mailbox)
    {
        // Observed only when no worker runs: nothing changes the items meanwhile.
        List<GraphStandIn.Item> items = [.. Graph.Items];

        var ids = items.Where(i => !i.IsDraft).ToDictionary(i => i.Id, i => (i.InternetMessageId ?? string.Empty).Trim('<', '>'));
        var flagged = items.Where(i => !i.IsDraft && i.FlagStatus == "flagged").Select(i => ids[i.Id]).ToHashSet(StringComparer.Ordinal);
        var drafts = items.Where(i => i.IsDraft).Select(d => new DraftSeen(
            ids.GetValueOrDefault(d.ReplyTo ?? string.Empty, "?" + d.ReplyTo), DraftSeen.QuoteNumbers(d.Body),
            d.Attachments.FirstOrDefault(a => a.ContentType == "application/pdf").Content)).ToList();
        return Task.FromResult(new MailboxState(ids.Values.ToHashSet(StringComparer.Ordinal), flagged, drafts));
    }

    public override async ValueTask DisposeAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
