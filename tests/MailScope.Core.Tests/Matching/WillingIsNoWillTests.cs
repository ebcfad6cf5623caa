using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// "Would you be willing to…" asks politely (stop-words.txt): it is no lawyer's "wills"; and "on site at the depot" is a
/// place, not a website (phrase-rewrites.txt). Read from held-out batch 75.
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
              - { id: web, name: Website wellbeing page, quantity: 1, aliases: [web page, site] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """, "book.yaml");

    [Fact]
    public void Willing_is_no_lawyers_wills() =>
        Assert.NotEqual(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Would you be willing to come in one evening for the night shift?").Verdict);

    [Fact]
    public void A_will_is_still_the_lawyers() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you look over our two wills before we sign them?").Verdict);

    [Fact]
    public void On_site_is_a_place_not_the_website() =>
        Assert.All(ClientMail.Judge(Book, "Could you come in one evening, on site at the depot, for the night shift?").Requests, r => Assert.NotEqual("web", r.Match.Id));
}
