using System.Globalization;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Configuration;
using MailScope.Worker.Hosting;
using MailScope.Worker.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;

namespace MailScope.Worker.Tests.Hosting;

/// <summary>
/// A worker that runs for days reads "today" when it judges, not once at start: across midnight at a month
/// end, one long-lived host (as <c>run</c> keeps it) judges the same ask differently once the
/// client's engagement is over, and dates its reply by the new day.
/// </summary>
public sealed class LongRunningClockTests
{
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    [Fact]
    public async Task One_host_judges_by_the_clock_before_and_after_midnight_at_the_end_of_a_month()
    {
        using var folder = new TempFolder();
        var maildir = folder.File("maildir");
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        // Priya Nair's engagement in the sample book ends on 2027-01-31, with coaching calls left.
        var clock = new ManualClock(new DateTimeOffset(2027, 1, 31, 23, 59, 0, TimeSpan.Zero));
        var builder = WorkerHost.CreateBuilder([
            $"--MailScope:ScopeBook={RepoPaths.Of("samples", "scope-book.yaml")}",
            $"--MailScope:DataFolder={folder.File("data")}",
            "--MailScope:Mailboxes:0:Name=local",
            "--MailScope:Mailboxes:0:Kind=Maildir",
            $"--MailScope:Mailboxes:0:Maildir:Path={maildir}"]);
        builder.Services.AddSingleton<TimeProvider>(clock);
        using var host = builder.Build();
        var store = host.Services.GetRequiredService<ISyncStore>();
        await store.InitializeAsync(CancellationToken.None);
        var syncer = host.Services.GetRequiredService<MailboxSyncer>();
        var mailbox = host.Services.GetRequiredService<MailScopeOptions>().Mailboxes.Single();

        Deliver(maildir, "before-midnight", "Can we book our next coaching call for Tuesday at 10?");
        await syncer.SyncAsync(mailbox, CancellationToken.None);
        clock.Now = clock.Now.AddMinutes(2); // 2027-02-01 00:01: a new day and month
        Deliver(maildir, "after-midnight", "Can we book our next coaching call for Tuesday at 10?");
        await syncer.SyncAsync(mailbox, CancellationToken.None);

        var records = (await store.ListRecordsAsync("local", CancellationToken.None)).ToDictionary(r => r.MessageKey.Trim('<', '>'));
        Assert.Equal("in_scope", records["before-midnight@clock.example"].Verdict);
        Assert.Equal("out_of_scope", records["after-midnight@clock.example"].Verdict);
        Assert.Equal(new DateTime(2027, 2, 1, 0, 1, 0, DateTimeKind.Utc), records["after-midnight@clock.example"].JudgedAt.UtcDateTime);

        // The reply to the second one is dated on the new day and answers for an engagement that is over.
        var draft = Assert.Single(Directory.GetFiles(Path.Combine(maildir, ".Drafts", "cur")));
        var reply = await MimeMessage.LoadAsync(draft);
        Assert.Equal("after-midnight@clock.example", reply.InReplyTo);
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 0, 1, 0, TimeSpan.Zero), reply.Date);
        Assert.Contains("engagement has ended", reply.TextBody, StringComparison.Ordinal);
    }

    private static void Deliver(string maildir, string id, string ask)
    {
        var message = new MimeMessage
        {
            Subject = "One more thing",
            MessageId = id + "@clock.example",
            Date = new DateTimeOffset(2027, 1, 31, 12, 0, 0, TimeSpan.Zero),
            Body = new TextPart("plain") { Text = "Hi Dana,\n\n" + ask + "\n\nPriya" },
        };
        message.From.Add(new MailboxAddress("Priya Nair", "priya.nair@example.org"));
        message.To.Add(new MailboxAddress("Dana Reyes", "dana@reyescoaching.com"));
        message.WriteTo(Path.Combine(maildir, "new", id + "." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)));
    }
}
