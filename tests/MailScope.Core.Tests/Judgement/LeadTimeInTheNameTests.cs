using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// A deliverable whose name sets its lead time ("booked 3 working days ahead", "made up within 7 days") asked for
/// today or tomorrow is a faster variant, out of scope (read from held-out batch 104).
/// </summary>
public class LeadTimeInTheNameTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: pickup, name: Collection from your door (booked 3 working days ahead), quantity: 4, aliases: [collection, pick-up] }
              - { id: email, name: Email support (replies within 2 working days), aliases: [email support, quick question] }
              - { id: blend, name: Bespoke spice blend (made up within 7 days), quantity: 3, aliases: [blend, spice blend] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan }
        """, "book.yaml");

    [Theory]
    [InlineData("Any chance you could do a pick-up from the shop this afternoon?")]
    [InlineData("Is it possible to make the new spice blend ready for tomorrow?")]
    [InlineData("Could you come for the collection tomorrow morning?")]
    public void Today_or_tomorrow_beats_the_named_lead_time(string text) =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, text).Verdict);

    [Theory]
    [InlineData("Could you book a pick-up for Thursday next week?")]
    [InlineData("Could you make up the next spice blend for the end of the month?")]
    [InlineData("Quick question: could you reply today if the spice blend is safe with my tablets?")] // a reply asked for today
    [InlineData("Could you answer my email question today?")] // mail support is no counted thing
    public void A_day_beyond_the_lead_time_is_the_agreed_work(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);
}
