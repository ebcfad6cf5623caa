using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Please can you fix it also when you are here?": with nothing named but a pointer, an activity only one item of the
/// book uses names that item (read from the labelled set); an activity two items share names neither.
/// </summary>
public class OwnActivityTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: check, name: Safety inspection with report, quantity: 1, aliases: [inspection] }
              - { id: remedial, name: Remedial fixes on the inspection findings, quantity: 3, aliases: [remedial work] }
              - { id: charger, name: Charger installation, quantity: 1, aliases: [charger] }
        clients: [{ id: c, name: C, emails: [c@example.com], package: plan, used: { check: 1, charger: 1 } }]
        """, "book.yaml");

    [Fact]
    public void A_pointer_with_an_activity_only_one_item_uses_asks_for_that_item() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "The socket by the kitchen door is hanging off the wall. Please can you fix it also on the same day when you are here?").Verdict);

    [Fact]
    public void An_activity_two_items_share_names_neither()
    {
        var book = ScopeBookLoader.Load("""
            provider: { name: P, email: p@example.com, currency: EUR }
            packages:
              - id: plan
                name: Plan
                price: 1
                deliverables:
                  - { id: a, name: Fix of the front gate, quantity: 1, aliases: [gate fix] }
                  - { id: b, name: Fix of the back door, quantity: 1, aliases: [door fix] }
            clients: [{ id: c, name: C, emails: [c@example.com], package: plan }]
            """, "book.yaml");
        Assert.NotEqual(Verdict.InScope, ClientMail.Judge(book, "The shed roof is leaking. Please can you fix it also on the same day when you are here?").Verdict);
    }
}
