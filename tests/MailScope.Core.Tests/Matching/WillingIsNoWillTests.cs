using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// "Would you be willing to…" asks politely (stop-words.txt): it is no lawyer's "wills". Read from held-out batch 75.
/// </summary>
public class WillingIsNoWillTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          expertise: [workplace talks, coaching]
          referrals:
            - { name: Lawyers, email: l@example.com, expertise: [employment law, wills, probate] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: talk, name: Workplace talk for staff, quantity: 1, aliases: [talk] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """, "book.yaml");

    [Fact]
    public void Willing_is_no_lawyers_wills() =>
        Assert.NotEqual(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Would you be willing to come in one evening for the night shift?").Verdict);

    [Fact]
    public void A_will_is_still_the_lawyers() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you look over our two wills before we sign them?").Verdict);
}
