using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>A word of the provider's own expertise ("dog" of "dog boarding") is no sign of a neighbour's field ("dog training").</summary>
public class TradeWordNotReferralTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: USD
          expertise: [dog boarding, dog daycare]
          referrals:
            - { name: Trainers, email: t@example.com, expertise: [dog training, obedience] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: groom, name: Groom before going home, quantity: 2, aliases: [groom] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """, "book.yaml");

    [Fact]
    public void A_trade_word_alone_does_not_send_the_ask_to_a_referral() =>
        Assert.NotEqual(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could somebody get him sudsed up so he smells less like a wet dog?").Verdict);

    [Fact]
    public void The_neighbours_own_word_still_does() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you work on his obedience while he stays?").Verdict);
}
