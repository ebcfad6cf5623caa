using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Can you put my name down for the February one?", "Can you pop us down for that one?": a place booked in what the
/// package holds, though it names nothing, and new work once the engagement has ended (VerdictRules; read from held-out
/// batches 99 and 100).
/// </summary>
public class PlaceBookedTests
{
    private static ScopeBook Book(string end) => ScopeBookLoader.Load($$"""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          referrals:
            - { name: Speech Clinic, email: s@example.com, expertise: [speech therapy, language delay] }
        packages:
          - id: term
            name: Term
            price: 1
            deliverables: [{ id: class, name: Weekly group class, quantity: 10, aliases: [class] }]
        clients:
          - { id: c, name: C, emails: [c@example.com], package: term, start: 2026-09-01{{end}} }
        """, "book.yaml");

    [Theory]
    [InlineData("Can you put my name down for the February one?")]
    [InlineData("Can you pop us down for that one?")]
    [InlineData("Could you sign him up for the next one?")]
    [InlineData("Could you save three places for us at one of your Tuesday evenings for beginners?")]
    [InlineData("Could my sister come along to one of your Sunday mornings after New Year?")]
    [InlineData("Could you squeeze the two of them into one of those weekend sessions of yours in March?")]
    public void A_place_booked_while_the_engagement_runs_is_in_scope(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book(""), text).Verdict);

    [Fact]
    public void A_place_booked_after_the_end_is_new_work() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book(", end: 2026-10-31"), "Could you put her name down for two days in January?").Verdict);

    [Theory]
    [InlineData("Could you come to one of our board meetings and present the speech therapy results?")]
    [InlineData("Could you keep two copies of the speech therapy report for us?")]
    public void Coming_to_the_clients_own_occasion_or_keeping_things_is_no_booking(string text) =>
        Assert.NotEqual(Verdict.InScope, ClientMail.Judge(Book(""), text).Verdict);

    [Fact]
    public void Putting_things_in_is_no_booking() =>
        Assert.NotEqual(Verdict.InScope, ClientMail.Judge(Book(""), "Could you put the new speech therapy cards in for us?").Verdict);
}
