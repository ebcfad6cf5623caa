using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Can you bring something for the stage that keeps the rain off?": an included item named only as what a new thing is
/// for is not the thing asked for (AskResolver.SomethingFor).
/// </summary>
public class SomethingForTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: event
            name: Event Hire
            price: 1
            deliverables:
              - { id: stage, name: Stage built for one evening, quantity: 1, unit: stage, aliases: [stage] }
              - { id: visit, name: Venue visit, quantity: 1, unit: visit, aliases: [venue visit] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: event, used: { stage: 0, visit: 1 } }
        """, "book.yaml");

    [Fact]
    public void Something_for_an_included_item_is_a_new_thing() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, "Can you bring something for the stage which keeps the rain off, so nobody is sitting in the wet?").Verdict);

    [Fact]
    public void The_included_item_itself_stays_in_scope() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Can you bring the stage on Friday morning so the band can set up?").Verdict);
}
