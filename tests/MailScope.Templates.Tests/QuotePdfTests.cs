using System.Diagnostics;
using MailScope.Core.Offers;
using MailScope.Templates.Drafting;
using MailScope.Templates.Quotes;
using MailScope.Templates.Rendering;

namespace MailScope.Templates.Tests;

/// <summary>Quotes are read back with poppler's pdftotext (installed by scripts/test.sh) and a page is rendered to PNG.</summary>
public class QuotePdfTests
{
    private static readonly string Artifacts = RepoPaths.Of("artifacts", "quotes");

    private static async Task<(DraftedReply Draft, string Text)> DraftAsync(string from, string body, OfferKind? kind = null)
    {
        var (message, judgement) = Fixtures.Judged(from, body);
        var draft = await new ReplyDrafter(Fixtures.Book, TemplateSet.Load(), new FixedQuoteNumbers())
            .DraftAsync(message, judgement, Fixtures.Today, kind, null, null, CancellationToken.None);
        Directory.CreateDirectory(Artifacts);
        var pdf = Path.Combine(Artifacts, $"{draft.Offer.Kind.ToWire()}-{Math.Abs(body.GetHashCode(StringComparison.Ordinal))}.pdf");
        await File.WriteAllBytesAsync(pdf, draft.Quote!.Content);
        return (draft, Run("pdftotext", "-layout", pdf, "-"));
    }

    [Fact]
    public async Task An_upgrade_quote_reads_back_with_number_dates_lines_table_and_acceptance()
    {
        var (draft, text) = await DraftAsync("alex.kim@example.com", "Could you look over my resume one more time?", OfferKind.Upgrade);

        Assert.Equal("UQ-2026-0001.pdf", draft.Quote!.FileName);
        Assert.Contains("Upgrade quote UQ-2026-0001", text, StringComparison.Ordinal);
        Assert.Contains("Valid until: 2026-12-27", text, StringComparison.Ordinal);
        Assert.Contains("Could you look over my resume one more time?", text, StringComparison.Ordinal);
        Assert.Matches(@"Existing-client discount \(10%\)\s+-150\.00 USD", text);
        Assert.Matches(@"Total \(USD\)\s+1,350\.00 USD", text);
        Assert.Matches(@"60-minute coaching call\s+4\s+6", text);
        Assert.Contains("Reply \"I accept\" to confirm; this amends our agreement of 2026-09-01", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_and_non_latin_asks_wrap_and_stay_legible()
    {
        var ask = "Could you review my cover letter, czy mogłabyś też przejrzeć mój list motywacyjny, Žluťoučký kůň úpěl ďábelské ódy, Ελληνικά και Русский текст, " +
                  string.Concat(Enumerable.Repeat("and this clause makes the ask very long so that it has to wrap across several lines, ", 12)) +
                  "Supercalifragilisticexpialidocious" + new string('x', 200) + "?";
        var (_, text) = await DraftAsync("priya.nair@example.org", ask, OfferKind.ChangeOrder);

        foreach (var word in new[] { "mogłabyś", "Žluťoučký", "ďábelské", "Ελληνικά", "Русский" })
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        Assert.All(text.Split('\n'), line => Assert.True(line.Length < 200, $"a line ran off the page: {line.Length} chars"));
    }

    [Fact]
    public async Task A_page_renders_to_png()
    {
        var (draft, _) = await DraftAsync("alex.kim@example.com", "Could we squeeze in one more session next week?");
        var pdf = Path.Combine(Artifacts, "render-check.pdf");
        await File.WriteAllBytesAsync(pdf, draft.Quote!.Content);
        Run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf, Path.Combine(Artifacts, "render-check"));

        var png = Directory.GetFiles(Artifacts, "render-check*.png").Single();
        Assert.True(new FileInfo(png).Length > 2000, "the rendered page is empty");
    }

    [Fact]
    public void Quote_pdfs_have_no_half_pages_for_an_empty_document() =>
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(QuotePdf.Write("# Title", "t").AsSpan(0, 4)), StringComparison.Ordinal);

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (scripts/test.sh installs poppler-utils)");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
