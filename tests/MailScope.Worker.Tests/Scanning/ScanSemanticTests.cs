using System.Text.Json;

namespace MailScope.Worker.Tests.Scanning;

/// <summary><c>scan --semantic</c>: the same judge the worker builds for <c>MailScope:Judgement:Semantic=MiniLm</c>, run as the real executable.</summary>
public class ScanSemanticTests
{
    private static readonly string Book = RepoPaths.Of("samples", "scope-book.yaml");

    [Fact]
    public async Task An_ask_no_word_of_the_book_names_is_matched_by_meaning_only_with_the_flag()
    {
        using var folder = new TempFolder();
        // Nothing in the book or in the field words (Core/Knowledge/fields.txt, which know "IRS") says "yearly filing"
        // or "revenue office"; a referral's field is "tax return".
        await File.WriteAllTextAsync(folder.File("irs.eml"), """
            From: Alex Kim <alex.kim@example.com>
            To: dana@reyescoaching.com
            Subject: spring
            Date: Mon, 23 Nov 2026 10:00:00 +0000
            Message-ID: <irs@example.com>

            Hi Dana,

            Could you deal with my yearly filing for the revenue office?

            Alex
            """.ReplaceLineEndings("\r\n"));

        var plain = await WorkerProcess.RunAsync("scan", "--scope", Book, "--json", "--today", "2026-11-27", folder.Path);
        var semantic = await WorkerProcess.RunAsync("scan", "--scope", Book, "--json", "--today", "2026-11-27", "--semantic", folder.Path);

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, semantic.ExitCode);
        var (plainVerdict, plainReason) = Read(Assert.Single(plain.Lines));
        var (semanticVerdict, semanticReason) = Read(Assert.Single(semantic.Lines));
        Assert.Equal("out_of_scope", plainVerdict);
        Assert.DoesNotContain("semantic match", plainReason, StringComparison.Ordinal);
        Assert.Equal("outside_expertise", semanticVerdict);
        Assert.Contains("semantic match", semanticReason, StringComparison.Ordinal);
    }

    private static (string Verdict, string Reason) Read(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var request = doc.RootElement.GetProperty("requests")[0];
        return (doc.RootElement.GetProperty("verdict").GetString()!, request.GetProperty("reason").GetString()!);
    }
}
