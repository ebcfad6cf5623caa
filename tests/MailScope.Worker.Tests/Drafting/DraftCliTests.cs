using MimeKit;

namespace MailScope.Worker.Tests.Drafting;

/// <summary>The draft command as docs/worker.md specifies it, run as the real executable.</summary>
public sealed class DraftCliTests : IDisposable
{
    private static readonly string Book = RepoPaths.Of("samples", "scope-book.yaml");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<WorkerProcess.Result> DraftAsync(string message, params string[] extra) =>
        WorkerProcess.RunAsync(["draft", "--scope", Book, "--today", "2026-11-27", "--state", _temp.File("state"), "--out", _temp.File("reply.eml"), .. extra, RepoPaths.Of("samples", "mailbox", message)]);

    [Fact]
    public async Task A_flagged_message_gets_a_complete_reply_with_the_quote_attached()
    {
        var result = await DraftAsync("01-alex-another-call.eml");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var original = await MimeMessage.LoadAsync(RepoPaths.Of("samples", "mailbox", "01-alex-another-call.eml"));
        var reply = await MimeMessage.LoadAsync(_temp.File("reply.eml"));
        Assert.Equal("Re: Quick favour", reply.Subject);
        Assert.Equal(original.MessageId, reply.InReplyTo);
        Assert.Equal([original.MessageId!], reply.References);
        Assert.Equal("dana@reyescoaching.com", reply.From.Mailboxes.Single().Address);
        Assert.Equal("alex.kim@example.com", reply.To.Mailboxes.Single().Address);
        Assert.Contains("Extra 60-minute coaching call", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("> Could we squeeze in one more session", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("<blockquote", reply.HtmlBody, StringComparison.Ordinal);
        var pdf = Assert.Single(reply.Attachments.OfType<MimePart>());
        Assert.Equal("CO-2026-0001.pdf", pdf.FileName);
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
    }

    [Fact]
    public async Task A_referral_has_no_attachment()
    {
        var result = await DraftAsync("02-alex-logo.eml");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var reply = await MimeMessage.LoadAsync(_temp.File("reply.eml"));
        Assert.Contains("Sam Patel", reply.TextBody, StringComparison.Ordinal);
        Assert.Empty(reply.Attachments);
    }

    [Theory]
    [InlineData("03-priya-book-call.eml", new string[0], "not flagged (in_scope)")]
    [InlineData("02-alex-logo.eml", new[] { "--offer", "upgrade" }, "upgrade does not apply")]
    [InlineData("01-alex-another-call.eml", new[] { "--offer", "discount" }, "'discount' is not one of")]
    public async Task No_reply_is_written_when_there_is_nothing_to_offer(string message, string[] extra, string why)
    {
        var result = await DraftAsync(message, extra);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(why, result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("reply.eml")));
    }

    [Fact]
    public async Task A_broken_template_override_is_named_and_no_reply_is_written()
    {
        Directory.CreateDirectory(_temp.File("templates"));
        await File.WriteAllTextAsync(_temp.File("templates/addon.txt.scriban"), "Hi {{ client.frist_name }}");

        var result = await DraftAsync("01-alex-another-call.eml", "--templates", _temp.File("templates"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("addon.txt.scriban(1,", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("reply.eml")));
        // No number was taken for the reply that was not made: the next reply gets the first.
        var next = await DraftAsync("01-alex-another-call.eml");
        Assert.True(next.ExitCode == 0, next.StdErr);
        Assert.Equal("CO-2026-0001.pdf", (await MimeMessage.LoadAsync(_temp.File("reply.eml"))).Attachments.OfType<MimePart>().Single().FileName);
    }

    [Fact]
    public async Task Processes_drafting_at_once_never_share_a_quote_number()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => WorkerProcess.RunAsync(
            "draft", "--scope", Book, "--today", "2026-11-27", "--state", _temp.File("state"), "--out", _temp.File($"reply{i}.eml"),
            RepoPaths.Of("samples", "mailbox", "01-alex-another-call.eml"))));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.StdErr));
        var names = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var reply = await MimeMessage.LoadAsync(_temp.File($"reply{i}.eml"));
            names.Add(reply.Attachments.OfType<MimePart>().Single().FileName!);
        }

        Assert.Equal(["CO-2026-0001.pdf", "CO-2026-0002.pdf", "CO-2026-0003.pdf", "CO-2026-0004.pdf"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_output_folder_is_created_when_missing()
    {
        var result = await WorkerProcess.RunAsync(
            "draft", "--scope", Book, "--today", "2026-11-27", "--state", _temp.File("state"), "--out", _temp.File("new/folder/reply.eml"),
            RepoPaths.Of("samples", "mailbox", "02-alex-logo.eml"));

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.True(File.Exists(_temp.File("new/folder/reply.eml")));
    }
}
