using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// A word of the provider's own package names ("Party Day Hire") is their own world: said alone, it does not name a
/// referral's phrase that also holds it ("party catering").
/// </summary>
public class PackageNameWordTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          referrals:
            - { name: Crumbs, email: c@crumbs.example, expertise: [party catering, buffets] }
        packages:
          - id: day
            name: Party Day Hire
            price: 1
            deliverables:
              - { id: castle, name: Inflatable castle hire day, quantity: 1, aliases: [castle] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: day }
        """, "book.yaml");

    [Fact]
    public void The_own_package_word_in_the_sentence_before_names_no_referral()
    {
        var judgement = ClientMail.Judge(Book, "All good for the 28th, the party runs 1 till 5 in the garden. Could you leave it up till Sunday and collect it on Monday morning instead?");
        Assert.DoesNotContain(judgement.Requests, r => r.Match.Kind == MatchKind.Referral);
        Assert.Equal(Verdict.OutOfScope, judgement.Verdict);
    }

    [Fact]
    public void The_referrals_own_word_still_names_it() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you also do the catering for the party?").Verdict);
}
