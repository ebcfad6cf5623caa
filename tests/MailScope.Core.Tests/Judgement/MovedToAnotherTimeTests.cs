using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>A booked thing moved to another day or time is scheduling, however the new time is said.</summary>
public class MovedToAnotherTimeTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: lesson, name: Group lesson place, quantity: 2, aliases: [lesson] }
              - { id: run, name: Pick-up or drop-off run within 5 miles, quantity: 2, aliases: [pick-up, drop-off] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """, "book.yaml");

    [Theory]
    [InlineData("Work got in the way. Could we push us back a fortnight, to Thursday the 3rd?")]
    [InlineData("Can your driver bring Rex home at 4:15 instead of the morning?")]
    [InlineData("The 14th no longer works for me. Could I change to the January one instead?")]
    public void A_move_to_another_day_or_time_is_scheduling(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void More_at_another_time_is_still_more() =>
        Assert.NotEqual(Verdict.InScope, ClientMail.Judge(Book, "Could you also run a private session for my brother at 4:15 instead of his usual class?").Verdict);
}
