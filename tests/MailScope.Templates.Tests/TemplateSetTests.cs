using MailScope.Core.Offers;
using MailScope.Templates.Drafting;
using MailScope.Templates.Rendering;

namespace MailScope.Templates.Tests;

public sealed class TemplateSetTests : IDisposable
{
    private readonly string _override = Path.Combine(Path.GetTempPath(), "mailscope-templates-" + Guid.NewGuid().ToString("N"));

    public TemplateSetTests() => Directory.CreateDirectory(_override);

    public void Dispose() => Directory.Delete(_override, recursive: true);

    [Fact]
    public void The_shipped_set_has_a_text_and_html_reply_per_offer_kind_and_the_quote()
    {
        var set = TemplateSet.Load();
        foreach (var kind in OfferKinds.All)
        {
            Assert.True(set.Has($"{kind}.txt.scriban"), kind);
            Assert.True(set.Has($"{kind}.html.scriban"), kind);
        }

        Assert.True(set.Has("quote.txt.scriban"));
    }

    [Fact]
    public async Task A_file_of_the_same_name_overrides_the_shipped_one()
    {
        File.WriteAllText(Path.Combine(_override, "addon.txt.scriban"), "Custom for {{ client.first_name }}: {{ offer.total_text }}");
        var set = TemplateSet.Load(_override);
        var (message, judgement) = Fixtures.Judged("alex.kim@example.com", "Could we squeeze in one more session next week?");
        var draft = await new ReplyDrafter(Fixtures.Book, set, new FixedQuoteNumbers()).DraftAsync(message, judgement, Fixtures.Today, null, null, null, CancellationToken.None);

        Assert.Equal("Custom for Alex: 180.00 USD\n", draft.Text);
    }

    [Fact]
    public async Task A_cancelled_render_is_a_cancellation_not_a_template_error()
    {
        var set = TemplateSet.Load(null);
        var (message, judgement) = Fixtures.Judged("alex.kim@example.com", "Could we squeeze in one more session next week?");
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ReplyDrafter(Fixtures.Book, set, new FixedQuoteNumbers()).DraftAsync(message, judgement, Fixtures.Today, null, null, null, stopped.Token));
    }

    [Fact]
    public void A_syntax_error_is_named_by_template_and_line_when_templates_load()
    {
        File.WriteAllText(Path.Combine(_override, "addon.txt.scriban"), "Hi\n{{ if client.name }\nnever closed");
        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(_override));
        Assert.Contains("addon.txt.scriban", ex.Message, StringComparison.Ordinal);
        Assert.Matches(@"\(2,", ex.Message);
    }

    [Fact]
    public void A_variable_typo_is_found_when_templates_load_not_when_a_reply_is_sent()
    {
        File.WriteAllText(Path.Combine(_override, "referral.txt.scriban"), "Hi {{ client.first_name }},\n\n{{ ofer.title }}\n");
        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(_override));
        Assert.Contains("referral.txt.scriban(3,", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ofer", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ include 'secrets.txt' }}")]
    [InlineData("{{ for i in 1..100000 }}{{ i }}{{ end }}")]
    [InlineData("{{ func f(x); ret f(x + 1); end; f(1) }}")]
    public void Templates_cannot_read_files_or_run_away(string body)
    {
        File.WriteAllText(Path.Combine(_override, "retainer.txt.scriban"), body);
        Assert.Throws<TemplateException>(() => TemplateSet.Load(_override));
    }

    [Fact]
    public async Task Client_text_is_escaped_in_html()
    {
        var set = TemplateSet.Load();
        var (message, judgement) = Fixtures.Judged("alex.kim@example.com", "Could you also design a <script>alert(1)</script> logo & banner for my side business?");
        var draft = await new ReplyDrafter(Fixtures.Book, set, new FixedQuoteNumbers()).DraftAsync(message, judgement, Fixtures.Today, null, null, null, CancellationToken.None);

        Assert.DoesNotContain("<script>", draft.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", draft.Html, StringComparison.Ordinal);
        Assert.Contains("&amp; banner", draft.Html, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", draft.Text, StringComparison.Ordinal);
    }
}
