using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// What "it" stands for in an ask is looked for in the sentence before; a past occasion told in passing there ("my
/// last appointment was on 6 November") is not it, and putting a date on it books it.
/// </summary>
public class PointingBackTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: first, name: First consultation, quantity: 1, aliases: [consultation, first appointment] }
              - { id: followup, name: Follow-up call one month after the last session, quantity: 1, aliases: [follow-up call] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { first: 1 } }
        """, "book.yaml");

    [Theory]
    [InlineData("You said there is a short phone talk a month after we finish. My last appointment was on 6 November, so this will be around the start of December. Can we already put a date for it?")]
    [InlineData("My last appointment was on 6 November. Could we set a date for the next step?")]
    public void A_past_occasion_is_not_what_is_booked(string text) =>
        Assert.Equal(Verdict.InScope, Judge(text).Verdict);

    [Fact]
    public void A_used_up_thing_named_in_the_ask_is_still_one_more() =>
        Assert.Equal(Verdict.OverQuota, Judge("Could you do a second consultation with us next week?").Verdict);

    [Fact]
    public void What_is_finished_says_when_not_what() => // AskResolver: "now that … are in"
        Assert.NotEqual(Verdict.OverQuota, Judge("Now that both consultations are done, could you go through the whole thing once from start to end and tidy it up?").Verdict);

    private static MessageJudgement Judge(string text) => ClientMail.Judge(Book, text);
}
