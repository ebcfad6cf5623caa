using MailScope.Tooling.Servers;
using MailKit;
using MailScope.Worker.Tests.Servers;
using MimeKit;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>The worker against a real Dovecot: what a sync does to a mailbox, and what it leaves alone.</summary>
[Collection(DovecotServers.Name)]
public sealed class ImapSyncTests(DovecotFixture server)
{
    private const string ScopeKeyword = "$ScopeCreep";

    [Fact]
    public async Task Sync_flags_exactly_the_creep_drafts_one_reply_each_and_leaves_every_other_flag_as_it_was()
    {
        var mail = LabelledMail.Load("career-coach");
        var user = server.NewUser();
        // Some messages arrive read or already carrying the user's own marks: those must survive untouched.
        using (var client = await server.ConnectAsync(user))
        {
            var flags = new[] { MessageFlags.None, MessageFlags.Seen, MessageFlags.Seen | MessageFlags.Answered };
            for (var i = 0; i < mail.Messages.Count; i++)
            {
                var request = new AppendRequest(mail.Messages[i].Message, flags[i % flags.Length]);
                if (i % 7 == 0)
                {
                    request.Keywords = new HashSet<string> { "$Label1" };
                }

                await client.Inbox.AppendAsync(request);
            }
        }

        var before = await ImapSnapshot.TakeAsync(server, user);
        using var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user));

        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var after = await ImapSnapshot.TakeAsync(server, user);
        var expectedFlagged = mail.Messages.Where(m => LabelledMail.IsFlagged(m.Verdict)).Select(m => m.Message.MessageId!).ToHashSet();
        Assert.NotEmpty(expectedFlagged);
        Assert.True(expectedFlagged.Count < mail.Messages.Count);
        foreach (var (messageId, was) in before.Messages)
        {
            var now = after.Messages[messageId];
            if (expectedFlagged.Contains(messageId))
            {
                Assert.Equal(was.Flags | MessageFlags.Flagged, now.Flags);
                Assert.Equal(string.Join(' ', was.Keywords.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(ScopeKeyword).Order(StringComparer.Ordinal)), now.Keywords);
            }
            else
            {
                Assert.Equal(was, now);
            }
        }

        var drafts = await ImapSnapshot.DraftsAsync(server, user);
        Assert.Equal(expectedFlagged.Count, drafts.Count);
        Assert.All(drafts, d => Assert.True(d.Flags.HasFlag(MessageFlags.Draft)));
        Assert.Equal(expectedFlagged.Order(StringComparer.Ordinal), drafts.Select(d => d.Message.InReplyTo!).Order(StringComparer.Ordinal));
        var pdfs = drafts.SelectMany(d => d.Message.Attachments.OfType<MimePart>()).Where(p => p.ContentType.MimeType == "application/pdf").ToList();
        Assert.NotEmpty(pdfs);
        Assert.All(pdfs, p =>
        {
            using var content = new MemoryStream();
            p.Content!.DecodeTo(content);
            Assert.Equal("%PDF"u8.ToArray(), content.ToArray()[..4]);
        });

        // Twice in a row: nothing fetched, nothing changed.
        var again = await harness.SyncAsync();
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Equal(after, await ImapSnapshot.TakeAsync(server, user), SnapshotComparer.Instance);
        Assert.Equal(drafts.Count, (await ImapSnapshot.DraftsAsync(server, user)).Count);
        var second = await harness.LastRunAsync(user);
        Assert.Equal((0, 0, 0, 0), (second.Counts.Fetched, second.Counts.Judged, second.Counts.Flagged, second.Counts.Drafted));
    }

    [Fact]
    public async Task One_new_message_is_the_only_one_fetched_and_judged()
    {
        var mail = LabelledMail.Load("career-coach");
        var user = server.NewUser();
        await server.AppendAsync(user, mail.Messages.Take(20).Select(m => m.Message));
        using var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user), drafts: false);
        Assert.Equal(0, (await harness.SyncAsync()).ExitCode);
        Assert.Equal(20, (await harness.LastRunAsync(user)).Counts.Fetched);
        // The next sync reads back the flags the first one set; after it only the newcomer changes the folder, so
        // the sync below takes the shortcut of ModSeqAccountingTests.
        Assert.Equal(0, (await harness.SyncAsync()).ExitCode);

        var newcomer = mail.Messages.Skip(20).First(m => LabelledMail.IsFlagged(m.Verdict)).Message;
        await server.AppendAsync(user, [newcomer]);
        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var counts = (await harness.LastRunAsync(user)).Counts;
        Assert.Equal((1, 1, 1), (counts.Fetched, counts.Judged, counts.Flagged));
        var snapshot = await ImapSnapshot.TakeAsync(server, user);
        Assert.Contains(ScopeKeyword, snapshot.Messages[newcomer.MessageId!].Keywords, StringComparison.Ordinal);
        Assert.Empty(await ImapSnapshot.DraftsAsync(server, user));
    }

    [Fact]
    public async Task A_flag_the_user_takes_off_is_noted_as_dismissed_never_put_back_and_an_unchanged_mailbox_costs_only_select()
    {
        var (mail, user, harness, disputed) = await SyncedWithOneFlagTakenOffAsync();
        using var _ = harness;

        var before = await ImapSnapshot.TakeAsync(server, user);
        var second = await harness.SyncAsync();

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("1 flagged message(s) unflagged by the user", second.Output, StringComparison.Ordinal);
        var records = await harness.Store().ListRecordsAsync(user, CancellationToken.None);
        Assert.Equal(["<" + disputed + ">"], records.Where(r => r.DismissedAt is not null).Select(r => r.MessageKey));
        // The flag taken off is the user's "not creep" for the asks that raised it: kept as corrections.
        var disputedRecord = records.Single(r => r.DismissedAt is not null);
        var corrections = await harness.Store().ListCorrectionsAsync(CancellationToken.None);
        Assert.NotEmpty(corrections);
        Assert.All(corrections, c => Assert.Equal((Core.Judgement.Verdict.InScope, "dismissed", disputedRecord.ClientId), (c.Verdict, c.Source, c.ClientId)));
        Assert.All(corrections, c => Assert.Contains(c.AskText, disputedRecord.Evidence, StringComparison.Ordinal));
        Assert.Equal(before, await ImapSnapshot.TakeAsync(server, user), SnapshotComparer.Instance);
        var secondCounts = (await harness.LastRunAsync(user)).Counts;
        Assert.Equal((0, 0, 0), (secondCounts.Fetched, secondCounts.Judged, secondCounts.Flagged));

        // Nothing changed since (HIGHESTMODSEQ as recorded): the flag-change FETCH is not even sent.
        var third = await harness.SyncAsync();
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.Equal(secondCounts.RoundTrips - 1, (await harness.LastRunAsync(user)).Counts.RoundTrips);
        Assert.Equal(before, await ImapSnapshot.TakeAsync(server, user), SnapshotComparer.Instance);
        Assert.Single(await harness.Store().ListRecordsAsync(user, CancellationToken.None), r => r.DismissedAt is not null);
    }

    [Fact]
    public async Task A_flag_taken_off_while_new_mail_arrives_is_dismissed_and_the_new_mail_judged_in_one_sync()
    {
        var (mail, user, harness, disputed) = await SyncedWithOneFlagTakenOffAsync();
        using var _ = harness;

        // Three new messages, one of them creep, arrive before the next sync: the arrivals do not account for every
        // change since the last look, so the sync also asks which old messages changed and finds the dismissal.
        var arriving = mail.Messages.Skip(20).Take(3).ToList();
        await server.AppendAsync(user, arriving.Select(m => m.Message));
        var second = await harness.SyncAsync();

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("1 flagged message(s) unflagged by the user", second.Output, StringComparison.Ordinal);
        var counts = (await harness.LastRunAsync(user)).Counts;
        Assert.Equal((3, 3, arriving.Count(m => LabelledMail.IsFlagged(m.Verdict))), (counts.Fetched, counts.Judged, counts.Flagged));
        var records = await harness.Store().ListRecordsAsync(user, CancellationToken.None);
        Assert.Equal(23, records.Count);
        Assert.Equal(["<" + disputed + ">"], records.Where(r => r.DismissedAt is not null).Select(r => r.MessageKey));
        using (var client = await server.ConnectAsync(user))
        {
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
            var uid = (await client.Inbox.SearchAsync(MailKit.Search.SearchQuery.HeaderContains("Message-ID", disputed))).Single();
            var summary = (await client.Inbox.FetchAsync([uid], MessageSummaryItems.Flags)).Single();
            Assert.False(summary.Flags!.Value.HasFlag(MessageFlags.Flagged));
        }

        // Nothing new since: the third sync fetches nothing.
        Assert.Equal(0, (await harness.SyncAsync()).ExitCode);
        Assert.Equal(0, (await harness.LastRunAsync(user)).Counts.Fetched);
    }

    /// <summary>
    /// 20 career-coach messages synced once, drafts off; then the user disagrees with one flag and clears it in their
    /// mail client (the keyword stays, as clients leave it). Returns that message's Message-ID as <c>Disputed</c>.
    /// </summary>
    private async Task<(LabelledMail Mail, string User, SyncHarness Harness, string Disputed)> SyncedWithOneFlagTakenOffAsync()
    {
        var mail = LabelledMail.Load("career-coach");
        var user = server.NewUser();
        await server.AppendAsync(user, mail.Messages.Take(20).Select(m => m.Message));
        var harness = new SyncHarness(mail.ScopeBook, server.MailboxEnvironment(user), drafts: false);
        Assert.Equal(0, (await harness.SyncAsync()).ExitCode);
        var disputed = mail.Messages.Take(20).First(m => LabelledMail.IsFlagged(m.Verdict)).Message.MessageId!;
        using (var client = await server.ConnectAsync(user))
        {
            await client.Inbox.OpenAsync(FolderAccess.ReadWrite);
            var uid = (await client.Inbox.SearchAsync(MailKit.Search.SearchQuery.HeaderContains("Message-ID", disputed))).Single();
            await client.Inbox.RemoveFlagsAsync(uid, MessageFlags.Flagged, silent: true);
        }

        return (mail, user, harness, disputed);
    }

    [Fact]
    public async Task A_recreated_folder_with_a_new_uidvalidity_is_reread_without_flagging_or_drafting_twice()
    {
        var mail = LabelledMail.Load("career-coach");
        var user = server.NewUser();
        using (var client = await server.ConnectAsync(user))
        {
            await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync("Clients", true);
        }

        await server.AppendAsync(user, mail.Messages.Select(m => m.Message), "Clients");
        var env = server.MailboxEnvironment(user);
        env["MailScope__Mailboxes__0__Folder"] = "Clients";
        using var harness = new SyncHarness(mail.ScopeBook, env);
        Assert.Equal(0, (await harness.SyncAsync()).ExitCode);
        var drafts = (await ImapSnapshot.DraftsAsync(server, user)).Count;
        Assert.True(drafts > 0);
        uint oldValidity;
        using (var client = await server.ConnectAsync(user))
        {
            var folder = await client.GetFolderAsync("Clients");
            await folder.OpenAsync(FolderAccess.ReadOnly);
            oldValidity = folder.UidValidity;
            await folder.CloseAsync();
            await folder.DeleteAsync();
            await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync("Clients", true);
        }

        await server.AppendAsync(user, mail.Messages.Select(m => m.Message), "Clients");
        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("UIDVALIDITY changed", run.Output, StringComparison.Ordinal);
        var counts = (await harness.LastRunAsync(user)).Counts;
        Assert.Equal((mail.Messages.Count, 0, 0, 0, mail.Messages.Count), (counts.Fetched, counts.Judged, counts.Flagged, counts.Drafted, counts.Skipped));
        Assert.Equal(drafts, (await ImapSnapshot.DraftsAsync(server, user)).Count);
        using (var client = await server.ConnectAsync(user))
        {
            var folder = await client.GetFolderAsync("Clients");
            await folder.OpenAsync(FolderAccess.ReadOnly);
            Assert.NotEqual(oldValidity, folder.UidValidity);
        }
    }

    [Fact]
    public async Task A_wrong_password_fails_the_sync_with_exit_1_naming_the_mailbox()
    {
        var user = server.NewUser();
        var env = server.MailboxEnvironment(user, name: "work");
        env["MailScope__Mailboxes__0__Imap__Password"] = "not-the-password";
        using var harness = new SyncHarness(LabelledMail.Load("career-coach").ScopeBook, env);

        var run = await harness.SyncAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("mailbox 'work'", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("credentials", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", run.Output, StringComparison.Ordinal);
    }

    private sealed class SnapshotComparer : IEqualityComparer<ImapSnapshot>
    {
        public static readonly SnapshotComparer Instance = new();

        public bool Equals(ImapSnapshot? x, ImapSnapshot? y) =>
            x is not null && y is not null && x.Messages.Count == y.Messages.Count &&
            x.Messages.All(kv => y.Messages.TryGetValue(kv.Key, out var other) && other == kv.Value);

        public int GetHashCode(ImapSnapshot obj) => obj.Messages.Count;
    }
}
