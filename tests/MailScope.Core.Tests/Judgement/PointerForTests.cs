using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

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
