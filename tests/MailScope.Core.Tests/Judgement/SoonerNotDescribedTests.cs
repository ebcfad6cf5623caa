using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Is it possible that you put me before the others and make it before Christmas?" asks when the agreed work is done;
/// a neighbour's trade described sentences before ("my father was a roofer") is not what "it" is (read from batch 77).
/// </summary>
public class SoonerNotDescribedTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          expertise: [thatching, ridge replacement, thatched roofs]
          referrals:
            - { name: Carpenters, email: c@example.com, expertise: [timber frame repair, roofer, oak beams] }
        packages:
          - id: ridge
            name: Ridge
            price: 1
            deliverables:
              - { id: ridge, name: New ridge on the thatch, quantity: 1, aliases: [ridge] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: ridge, start: 2026-01-01 }
        """, "book.yaml");

    [Fact]
    public void Asking_to_go_before_the_others_is_sooner_than_agreed_not_the_trade_described() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book,
            "My father was a roofer all his life. You said me the top of my roof is for March because your list is full. But is it possible that you put me before the others and make it before Christmas?").Verdict);
}
