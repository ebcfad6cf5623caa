using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Should I be leaving the vents in the frames open?": a question on the client's own next step that only touches a
/// referral's thing is answered within the engagement; one that names the referral's work whole is theirs.
/// </summary>
public class OwnStepAdviceTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          referrals:
            - { name: Frame Joiners, email: j@example.com, expertise: [timber window frames, rotten frame repair] }
            - { name: Racket Studio, email: r@example.com, expertise: [racket restringing, racket fitting] }
        packages:
          - id: pack
            name: Home Pack
            price: 1
            deliverables:
              - { id: lesson, name: Private lesson, quantity: 4, aliases: [lesson] }
              - { id: support, name: Email support between lessons }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: pack, used: { lesson: 1 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Should I be leaving the little vents at the top of the frames open overnight?")]
    [InlineData("The footwork drill - should I be doing it with every racket or just the light one?")]
    [InlineData("The grip tape you wound on came loose at practice. Can they put the same one back on for Saturday if it isn't torn?")] // VerdictRules.ClientsOwnStep: the client's own people (read from held-out batch 101)
    public void A_question_on_the_clients_own_step_is_in_scope(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void Advice_naming_the_referrals_work_whole_stays_theirs() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Should I get a racket fitting before the season starts?").Verdict);
}
