using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>A plain question whose answer lies in a referral's field is that field's work, not one the included support answers.</summary>
public class QuestionInAReferralsFieldTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
          referrals:
            - { name: Walsh Employment Law, email: w@example.com, expertise: [employment law, employment contracts] }
            - { name: Fairway Fitting, email: f@example.com, expertise: [club fitting, custom clubs] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: cv, name: Full CV rewrite, quantity: 1, aliases: [cv] }
              - { id: support, name: Email support with a 24-hour turnaround, aliases: [email support] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan }
        """, "book.yaml");

    [Fact]
    public void Whether_a_clause_is_allowed_is_the_lawyers_question() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book,
            "Paragraph 14 says I can't work for any rival for twelve months. Is that kind of thing actually allowed in Ireland, or would it never hold up?").Verdict);

    [Fact]
    public void A_photo_handed_over_before_the_question_leaves_it_the_lawyers() => // read from the labelled set (mobilehair)
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book,
            "Paragraph 14 of the new contract says I can't work for any rival for twelve months. Photo attached, sorry its a bit blurry.\n\nIs that kind of thing actually allowed in Ireland, or would it never hold up?").Verdict);

    [Fact]
    public void How_the_client_practises_stays_a_question_for_the_provider() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "The pump drill with the stick under the armpit - should I be doing it with every club or just the irons?").Verdict);
}
