using System.Net;
using MailScope.Tooling.Servers;
using MimeKit;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>
/// The worker's Graph mailbox through the real Microsoft Graph SDK, pointed at a stand-in that follows
/// Graph's documented behaviour; the stand-in records every request, so the calls themselves are checked.
/// </summary>
public sealed class GraphSyncTests : IAsyncLifetime
{
    private const string Mailbox = "m365";
    private GraphStandIn _graph = null!;

    public async Task InitializeAsync() => _graph = await GraphStandIn.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private Dictionary<string, string> Environment(string token = GraphStandIn.Token) => new()
    {
        ["MailScope__Mailboxes__0__Name"] = Mailbox,
        ["MailScope__Mailboxes__0__Kind"] = "Graph",
        ["MailScope__Mailboxes__0__Graph__BaseUrl"] = _graph.BaseUrl.ToString().TrimEnd('/'),
        ["MailScope__Mailboxes__0__Graph__AccessToken"] = token,
        ["MailScope__Mailboxes__0__Graph__UserId"] = "dana@reyescoaching.com",
    };

    /// <summary>PATCHes of received messages (flags and categories), not the one that marks a finished draft.</summary>
    private int FlagPatches() => _graph.Count("PATCH", "/messages/") - _graph.Count("PATCH", "/messages/AAMkDraft");

    private List<(GraphStandIn.Item Item, string Verdict)> Load(LabelledMail mail, int count)
    {
        var added = new List<(GraphStandIn.Item, string)>();
        foreach (var (message, verdict) in mail.Repeated(count))
        {
            var from = message.From.Mailboxes.First();
            var html = message.HtmlBody ?? "<p>" + WebUtility.HtmlEncode(message.TextBody ?? string.Empty).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>";
            // Some messages already carry the user's own category: it must survive.
            var item = _graph.Add($"<{message.MessageId}>", message.Subject, from.Name, from.Address, html, added.Count % 5 == 0 ? ["Blue category"] : []);
            added.Add((item, verdict));
        }

        return added;
    }

    [Fact]
    public async Task Sync_categorises_and_flags_exactly_the_creep_in_one_patch_each_drafts_one_reply_each_and_a_second_sync_writes_nothing()
    {
        var mail = LabelledMail.Load("career-coach");
        var messages = Load(mail, 46);
        using var harness = new SyncHarness(mail.ScopeBook, Environment(), batchSize: 10);

        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var flagged = messages.Where(m => LabelledMail.IsFlagged(m.Verdict)).Select(m => m.Item).ToList();
        Assert.NotEmpty(flagged);
        foreach (var (item, verdict) in messages)
        {
            var expected = LabelledMail.IsFlagged(verdict);
            Assert.Equal(expected, item.Categories.Contains("Out of scope"));
            Assert.Equal(expected ? "flagged" : "notFlagged", item.FlagStatus);
        }

        // The user's own category stays beside ours.
        var ownCategory = messages.Where((_, i) => i % 5 == 0).ToList();
        Assert.Contains(ownCategory, m => LabelledMail.IsFlagged(m.Verdict));
        Assert.All(ownCategory, m => Assert.Equal(LabelledMail.IsFlagged(m.Verdict) ? ["Blue category", "Out of scope"] : ["Blue category"], m.Item.Categories));
        Assert.Equal(["Out of scope"], _graph.MasterCategories);
        Assert.Equal(flagged.Count, FlagPatches());
        // Flags go in JSON batches: one per batch of messages read (pages of 10 here), never more than 20 steps.
        Assert.InRange(_graph.Count("POST", "/$batch"), 1, 5);
        var drafts = _graph.Items.Where(i => i.IsDraft).ToList();
        Assert.Equal(flagged.Select(f => f.Id).Order(), drafts.Select(d => d.ReplyTo!).Order());
        Assert.Contains(drafts, d => d.Attachments.Any(a => a.ContentType == "application/pdf" && a.Content.AsSpan(0, 4).SequenceEqual("%PDF"u8)));
        // The first delta asks only for what judgement needs, with the page size and immutable ids.
        var firstDelta = _graph.Requests.First(r => r.Contains("/messages/delta", StringComparison.Ordinal));
        Assert.True(firstDelta.Contains("/messages/delta()", StringComparison.Ordinal) && firstDelta.Contains("select=", StringComparison.OrdinalIgnoreCase), firstDelta);
        Assert.Contains("odata.maxpagesize=10", _graph.PreferHeaders);
        Assert.Contains("IdType=\"ImmutableId\"", _graph.PreferHeaders);
        Assert.Empty(_graph.WithoutImmutableIds); // on every call, not only the delta

        var before = _graph.Requests.Count;
        var again = await harness.SyncAsync();

        Assert.True(again.ExitCode == 0, again.Output);
        var second = _graph.Requests.Skip(before).ToList();
        Assert.DoesNotContain(second, r => !r.StartsWith("GET ", StringComparison.Ordinal));
        Assert.Equal(drafts.Count, _graph.Items.Count(i => i.IsDraft));
    }

    [Fact]
    public async Task A_throttling_storm_is_waited_out_and_loses_nothing()
    {
        var mail = LabelledMail.Load("career-coach");
        var messages = Load(mail, 20);
        _graph.ThrottleNext = 2;
        _graph.UnavailableNext = 1;
        using var harness = new SyncHarness(mail.ScopeBook, Environment(), drafts: false, batchSize: 5);

        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal((0, 0), (_graph.ThrottleNext, _graph.UnavailableNext));
        Assert.Equal(20, (await harness.Store().ListRecordsAsync(Mailbox, CancellationToken.None)).Count);
        Assert.All(messages, m => Assert.Equal(LabelledMail.IsFlagged(m.Verdict), m.Item.FlagStatus == "flagged"));
    }

    [Fact]
    public async Task A_flag_the_user_clears_in_outlook_is_noted_as_dismissed_and_not_put_back()
    {
        var mail = LabelledMail.Load("career-coach");
        var items = Load(mail, 12);
        using var harness = new SyncHarness(mail.ScopeBook, Environment(), drafts: false, batchSize: 5);
        Assert.Equal(0, (await harness.SyncAsync()).ExitCode);
        var disputed = items.First(i => LabelledMail.IsFlagged(i.Verdict)).Item;
        Assert.Equal("flagged", disputed.FlagStatus);
        var patches = _graph.Count("PATCH", "/messages/");

        _graph.Unflag(disputed);
        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("1 flagged message(s) unflagged by the user", run.Output, StringComparison.Ordinal);
        Assert.Equal(patches, _graph.Count("PATCH", "/messages/"));
        Assert.Equal("notFlagged", disputed.FlagStatus);
        var records = await harness.Store().ListRecordsAsync(Mailbox, CancellationToken.None);
        Assert.Equal([disputed.InternetMessageId], records.Where(r => r.DismissedAt is not null).Select(r => r.MessageKey));
    }

    [Fact]
    public async Task An_expired_delta_token_reads_the_folder_again_without_flagging_or_drafting_twice()
    {
        var mail = LabelledMail.Load("career-coach");
        Load(mail, 12);
        using var harness = new SyncHarness(mail.ScopeBook, Environment(), batchSize: 5);
        Assert.Equal(0, (await harness.SyncAsync()).ExitCode);
        var patches = FlagPatches();
        var drafts = _graph.Items.Count(i => i.IsDraft);
        _graph.ExpireDeltaTokens();
        var newcomer = mail.Messages.First(m => LabelledMail.IsFlagged(m.Verdict)).Message;
        var item = _graph.Add("<fresh.after.expiry@example.com>", newcomer.Subject, newcomer.From.Mailboxes.First().Name, newcomer.From.Mailboxes.First().Address,
            newcomer.HtmlBody ?? "<p>" + WebUtility.HtmlEncode(newcomer.TextBody ?? string.Empty) + "</p>");

        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("delta token expired", run.Output, StringComparison.Ordinal);
        Assert.Equal(patches + 1, FlagPatches());
        Assert.Equal(drafts + 1, _graph.Items.Count(i => i.IsDraft));
        Assert.Equal("flagged", item.FlagStatus);
    }

    [Fact]
    public async Task A_wrong_token_fails_the_mailbox_with_exit_1_and_the_token_is_never_printed()
    {
        using var harness = new SyncHarness(LabelledMail.Load("career-coach").ScopeBook, Environment("wrong-token-5c1e"));

        var run = await harness.SyncAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"mailbox '{Mailbox}'", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-5c1e", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attachment_over_the_post_limit_goes_through_an_upload_session_whole()
    {
        var mail = LabelledMail.Load("career-coach");
        var messages = Load(mail, 8);
        var environment = Environment();
        environment["MailScope__Mailboxes__0__Graph__UploadSessionBytes"] = "1024"; // every quote PDF is bigger than this
        using var harness = new SyncHarness(mail.ScopeBook, environment);

        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var pdfs = _graph.Items.Where(i => i.IsDraft).SelectMany(d => d.Attachments).Where(a => a.ContentType == "application/pdf").ToList();
        Assert.NotEmpty(pdfs);
        Assert.Equal(pdfs.Count, _graph.Count("UPLOADSESSION", string.Empty));
        Assert.DoesNotContain(_graph.Requests, r => r.StartsWith("POST ", StringComparison.Ordinal) && r.EndsWith("/attachments", StringComparison.Ordinal));
        Assert.All(pdfs, p => Assert.True(p.Content.AsSpan(0, 4).SequenceEqual("%PDF"u8) && p.Content.AsSpan()[^6..].IndexOf("%%EOF"u8) >= 0));
    }
}
