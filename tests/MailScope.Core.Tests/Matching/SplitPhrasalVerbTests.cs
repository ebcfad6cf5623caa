using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// A book's phrasal verb ("let out", "take in", "pick up") is said with its object inside as often as not: "let it out",
/// "take the waist in". The client's own "before I pick it up" is no pickup by the provider.
/// </summary>
public class SplitPhrasalVerbTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP, expertise: [costume making] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: alteration, name: Alteration to a costume, quantity: 2, aliases: [alteration, take in, let out] }
              - { id: collect, name: Collection from your door, quantity: 1, aliases: [pick up] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01, used: { alteration: 2 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Could you let it out at the back seams so it fastens properly?")] // batch 79
    [InlineData("Could you take the waist in a bit?")]
    public void The_verb_and_its_particle_around_the_object_name_the_deliverable(string text) =>
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void The_clients_own_pick_up_names_no_collection() =>
        Assert.NotEqual(Verdict.InScope, ClientMail.Judge(Book, "Could you fix the zip on the waistcoat before I pick it up?").Verdict);
}
