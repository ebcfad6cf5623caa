using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// The word the provider's whole trade is about ("kite" for a kite repairer) names every ask, so a thing of one item
/// said beside it ("the bridle") names the item better, even in another package.
/// </summary>
public class ThingBesideTheTradeWordTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: USD
          expertise: [kite repair, kite making, kite maintenance]
        packages:
          - id: care
            name: Care
            price: 1
            deliverables:
              - { id: check, name: Kite check-up, quantity: 2, aliases: [check-up] }
          - id: shop
            name: Shop
            price: 1
            deliverables:
              - { id: bridle, name: Bridle repair, quantity: 3, aliases: [bridle] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: care, start: 2026-01-01 }
        """, "book.yaml");

    [Fact]
    public void The_other_packages_thing_said_beside_the_trade_word_is_what_is_asked_for()
    {
        var ask = ClientMail.Judge(Book, "Could you fix the bridle while you have the kite?").Requests.Single();
        Assert.Equal(Verdict.OutOfScope, ask.Verdict);
        Assert.Equal("bridle", ask.Match.DeliverableId);
    }

    [Fact]
    public void The_trade_word_alone_still_names_the_clients_own_item() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Could you give the kite a check-up before the spring?").Verdict);
}
