using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

public class ConfidenceTests
{
    private const string Book = """
        provider: { name: P, email: p@example.com, currency: USD }
        packages:
          - id: pack
            name: Pack
            price: 100
            deliverables:
              - { id: review, name: Report review, quantity: 2 }
        addons:
          - { id: extra-page, name: Extra landing page, price: 50 }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: pack }
        """;

    private static MessageJudgement Judge(string yaml, string text) =>
        new ScopeJudge(ScopeBookLoader.Load(yaml, "book.yaml")).Judge(new InboundMessage { From = "c@example.com", TextBody = text }, new DateOnly(2026, 11, 27));

    [Fact]
    public void A_confident_creep_verdict_flags_and_carries_its_confidence()
    {
        var judgement = Judge(Book, "Could you also build an extra landing page for us?");
        Assert.True(judgement.Flagged);
        var ask = Assert.Single(judgement.Requests);
        Assert.InRange(ask.Confidence, 0.5, 1);
        Assert.False(ask.Uncertain);
    }

    [Fact]
    public void Creep_below_the_books_flag_line_is_listed_as_uncertain_and_does_not_flag()
    {
        var judgement = Judge(Book + "\njudgement: { flag_confidence: 1 }\n", "Could you also build an extra landing page for us?");
        Assert.False(judgement.Flagged);
        Assert.Equal(Verdict.InScope, judgement.Verdict);
        var ask = Assert.Single(judgement.Requests);
        Assert.Equal(Verdict.OutOfScope, ask.Verdict);
        Assert.True(ask.Uncertain);
        Assert.StartsWith("Possible creep", ask.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ask_nothing_covers_is_less_sure_than_new_work_after_the_engagement_ended()
    {
        // verdict-calibration.json, trained on every labelled trade: "nothing covers it" is right far less often than
        // "the engagement has ended", and the confidence says so (it was one constant before the retraining).
        const string text = "Could you also repaint the garden shed for us?";
        var nothing = Assert.Single(Judge(Book, text).Requests);
        var ended = Assert.Single(new ScopeJudge(ScopeBookLoader.Load(Book.Replace("package: pack }", "package: pack, start: 2025-01-01, end: 2025-12-31 }", StringComparison.Ordinal), "book.yaml"))
            .Judge(new InboundMessage { From = "c@example.com", TextBody = text }, new DateOnly(2026, 11, 27)).Requests);
        Assert.Equal(Verdict.OutOfScope, nothing.Verdict);
        Assert.Equal(Verdict.OutOfScope, ended.Verdict);
        Assert.True(nothing.Confidence < 0.9, $"nothing covers it: {nothing.Confidence}");
        Assert.True(ended.Confidence - nothing.Confidence > 0.05, $"ended {ended.Confidence}, nothing {nothing.Confidence}");
    }

    [Fact]
    public void A_flag_line_above_one_is_refused() =>
        Assert.Throws<ScopeBookException>(() => ScopeBookLoader.Load(Book + "\njudgement: { flag_confidence: 2 }\n", "book.yaml"));

    [Theory]
    [InlineData("Have you registered me for the exam yet?")]
    [InlineData("Do you publish the articles yourself, or do we do that?")]
    [InlineData("Could you send me the invoice for October?")]
    public void Questions_and_admin_are_in_scope_asks_never_creep(string text)
    {
        var judgement = Judge(Book, text);
        Assert.Equal(Verdict.InScope, judgement.Verdict);
        Assert.NotEmpty(judgement.Requests);
    }
}
