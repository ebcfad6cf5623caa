using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Is that something you could do for us, maybe before Christmas?" after a referral's work was described: the pointer
/// stands before the cue, and a holiday only says when.
/// </summary>
public class IsThatSomethingTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          referrals:
            - { name: Tiny Keepsakes, email: t@example.com, expertise: [hand and foot casting, baby keepsakes] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: shoot, name: Newborn studio session, quantity: 1, aliases: [newborn session] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan }
        """, "book.yaml");

    [Theory]
    [InlineData("A mate has a plaster copy of his daughter's tiny hand and foot on the mantelpiece. We'd want to do it soon. Is that something you could do for us, maybe before Christmas?")]
    [InlineData("My mate has a plaster copy of his daughter's tiny hand and foot on the mantelpiece. We'd want to do it soon. Is that something you could do for us yourself, actually with the plaster?")]
    public void What_was_described_stays_the_referrals(string text) =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, text).Verdict);
}
