using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Can you stick the protection glass on it?": a pointer after "on", "onto" or "to" says where the clause's own thing
/// goes; the thing it points at is no better name for what is asked than the clause's own words.
/// </summary>
public class PointerAsPlaceTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        packages:
          - id: setup
            name: New Device Set-up
            price: 1
            deliverables:
              - { id: protector, name: Tempered glass screen protector fitted, quantity: 1, aliases: [screen protector, glass protector, tempered glass] }
              - { id: transfer, name: Data transfer from the old phone, quantity: 1 }
          - id: care
            name: Screen & Battery Care
            price: 1
            deliverables:
              - { id: screen, name: Screen replacement with a genuine display, quantity: 1, aliases: [screen, cracked screen, screen repair] }
        addons:
          - { id: camera-glass, name: Rear camera lens glass replacement, price: 30, aliases: [camera glass] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: setup }
        """, "book.yaml");

    [Fact]
    public void The_thing_the_clause_names_is_asked_for_not_the_place_it_goes() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "The new phone has nothing on the screen, no glass, and I am very clumsy :) When you do the banking app that day, can you also stick the protection glass on it?").Verdict);

    [Fact]
    public void A_pointer_that_is_the_thing_still_points_back() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, "The screen on my old phone is cracked right across. Can you replace it?").Verdict);

    private static readonly ScopeBook Quilts = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: NZD }
        packages:
          - id: throw
            name: Throw Quilt
            price: 1
            deliverables:
              - { id: quilt, name: Memory throw quilt, quantity: 1, aliases: [throw quilt, memory quilt] }
          - id: bed
            name: Bed Quilt
            price: 1
            deliverables:
              - { id: sleeve, name: Hanging sleeve sewn to the back for wall display, quantity: 1, aliases: [hanging sleeve, rod pocket] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: throw }
        """, "book.yaml");

    [Fact]
    public void Through_it_says_where_the_clauses_own_thing_goes() => // read from held-out batch 63
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Quilts, "We decided the memory quilt is too special for the couch, and we want to hang it up in the hallway. Could you sew a kind of tube across the top on the back so we can slide the rod through it?").Verdict);

    [Fact]
    public void Going_through_it_still_points_back() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Quilts, "The memory quilt has a few loose threads. Could you go through it and sort the sleeve out?").Verdict);
}
