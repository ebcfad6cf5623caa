using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// A neighbour's field named as an act on a thing ("cabinet construction") is not asked for when the ask does the
/// provider's own act to something beside that thing ("paint the stools to match the cabinet").
/// </summary>
public class OwnActOnTheirThingTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: USD
          expertise: [furniture painting, sign painting, gilding]
          referrals:
            - { name: Joiners, email: j@example.com, expertise: [cabinet construction] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: sample, name: Colour sample board, quantity: 2, aliases: [sample board] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """, "book.yaml");

    [Fact]
    public void Painting_things_to_go_with_the_cabinet_is_not_the_joiners_work() =>
        Assert.NotEqual(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you paint the two stools so they sit with the cabinet?").Verdict);

    [Fact]
    public void Building_the_cabinet_still_is() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you build us a new cabinet for the hall?").Verdict);

    [Fact]
    public void The_thing_asked_for_before_the_providers_word_is_still_theirs() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you construct a cabinet for the painting room?").Verdict);
}
