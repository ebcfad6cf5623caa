using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>A session named as the time of an ask ("before class on Thursday") says when, not what is asked for.</summary>
public class AroundTheAppointmentTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: AUD
          referrals:
            - { name: Harbour Physio, email: h@example.com, expertise: [knee injuries, sports physiotherapy] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: class, name: Group reformer class, quantity: 10, aliases: [class] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { class: 6 } }
        """, "book.yaml");

    [Fact]
    public void The_session_before_which_it_is_asked_is_not_what_is_asked() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "My knee has been clicking since the run and it puffed up overnight. Could you have a proper look at it before class on Thursday?").Verdict);

    [Fact]
    public void A_session_asked_for_is_still_the_session() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Could I book a class on Thursday?").Verdict);
}
