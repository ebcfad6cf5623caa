using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// How to get in on the day, a date held for the agreed visit and the visit done on another day are arrangements, never
/// creep; work named beside them is still judged.
/// </summary>
public class AccessNotesAndHeldDatesTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: visit, name: Garden survey visit, quantity: 2, aliases: [survey visit] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """, "book.yaml");

    [Theory]
    [InlineData("See you on the 3rd. The baby naps after lunch, so please knock softly, the bell is broken anyway.")]
    [InlineData("Tuesday is fine. Please ring the doorbell twice, we're usually out the back.")]
    [InlineData("Looking forward to it. Bring your wellies, the bottom lawn is a bog after all this rain.")]
    [InlineData("About your visit next week. Any chance we can do it Thursday morning instead, around 10?")]
    [InlineData("We've got the 2nd and the 9th in mind. Could you hold both of those dates for us?")]
    [InlineData("We're happy to go ahead with the survey. Please put us in the calendar for whenever suits you.")]
    public void An_arrangement_for_the_agreed_visit_is_in_scope(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);

    [Theory]
    [InlineData("Could you put us in your diary to come back next spring and replant the whole border?")]
    [InlineData("While you're here, could you knock down the old shed and take it to the tip?")]
    public void Work_said_with_the_arrangement_is_still_judged(string text) =>
        Assert.NotEqual(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);
}
