using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Can you bring something for the stage that keeps the rain off?": an included item named only as what a new thing is
/// for is not the thing asked for (AskResolver.SomethingFor).
/// </summary>
public class SomethingForTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: event
            name: Event Hire
            price: 1
            deliverables:
              - { id: stage, name: Stage built for one evening, quantity: 1, unit: stage, aliases: [stage] }
              - { id: visit, name: Venue visit, quantity: 1, unit: visit, aliases: [venue visit] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: event, used: { stage: 0, visit: 1 } }
        """, "book.yaml");

    [Fact]
    public void Something_for_an_included_item_is_a_new_thing() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, "Can you bring something for the stage which keeps the rain off, so nobody is sitting in the wet?").Verdict);

    [Fact]
    public void The_included_item_itself_stays_in_scope() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Can you bring the stage on Friday morning so the band can set up?").Verdict);
}

/// <summary>"Can we do that for my lesson on the 28th?": what "that" is was said before; the lesson is what it is for.</summary>
public class PointerForTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: pack
            name: Lesson Pack
            price: 1
            deliverables:
              - { id: lesson, name: Private lesson, quantity: 4, unit: lesson, aliases: [lesson] }
        addons:
          - { id: early, name: Early start before the public opening, price: 40, aliases: [early start, before the public] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: pack, used: { lesson: 1 } }
        """, "book.yaml");

    [Fact]
    public void What_that_points_at_decides_not_what_it_is_for() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, "A friend says you can get an early start before the public is let in. Can we do that for my lesson on the 28th?").Verdict);

    [Fact]
    public void The_item_named_as_the_object_stays_in_scope() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Can we book my next lesson for the 28th?").Verdict);
}

/// <summary>"When the team are in for the floors, could they give that sofa a going over?": the occasion says when, not what.</summary>
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
}
