using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "At this time of year" is a season, not a session the ask is timed around: the question is still about the agreed
/// work, not about whatever an earlier sentence named (read from held-out batch 69).
/// </summary>
public class SeasonNotSessionTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
          expertise: [plastering]
          referrals: [{ name: Brushwork, email: b@example.com, expertise: [painting, decorating] }]
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: skim, name: Skim coat of a room, quantity: 3, aliases: [skim] }
              - { id: visit, name: Site visit, quantity: 1, aliases: [site visit] }
        clients: [{ id: c, name: C, emails: [c@example.com], package: plan, used: { skim: 2, visit: 1 } }]
        """, "book.yaml");

    [Fact]
    public void A_question_timed_by_the_season_stays_with_the_agreed_work() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Our usual painter comes on the 30th. Thanks again. Okay. How long should the walls be left before anything goes on them - is three weeks enough at this time of year?").Verdict);
}
