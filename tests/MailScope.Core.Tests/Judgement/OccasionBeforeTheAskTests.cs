using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "When the team are in for the floors, could they give that sofa a going over?", "or I could bring it to our next
/// session": the occasion says when, not what.
/// </summary>
public class OccasionBeforeTheAskTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          referrals:
            - { name: Floor Fitters, email: f@example.com, expertise: [floors, floor fitting] }
        packages:
          - id: care
            name: Care
            price: 1
            deliverables:
              - { id: floors, name: Floor deep clean, quantity: 4, aliases: [floor clean] }
          - id: home
            name: Home
            price: 1
            deliverables:
              - { id: sofa, name: Sofa clean, quantity: 2, aliases: [sofa, upholstery] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: care }
        """, "book.yaml");

    [Fact]
    public void The_occasion_names_no_referral_field() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, "The old sofa upstairs is grim. When the team are in for the floors in December could they give that a proper going over as well?").Verdict);

    private static readonly ScopeBook SessionBook = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
          referrals:
            - { name: Ben IT, email: it@example.com, expertise: [IT support, computer repair, laptop repair, network setup, wifi] }
        packages:
          - id: coaching
            name: Coaching
            price: 1
            deliverables:
              - { id: session, name: 60-minute one-to-one coaching session, quantity: 6, unit: session, aliases: [coaching session, session, lesson] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: coaching }
        """, "book.yaml");

    [Fact]
    public void Bringing_it_to_the_next_session_says_when_not_what() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(SessionBook, "Since the update my laptop locks up and the wifi drops. Screenshot of the error attached. Could you take a look at it - remotely or I could bring it to our next session - and figure out what's wrong and fix it?").Verdict);
}
