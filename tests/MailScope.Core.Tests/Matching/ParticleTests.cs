using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// "Put down new boards", "bring it down to half": "down", like "up" and "out", is a particle of the verb and names no
/// thing, so it never matches "Winterizing visit (drain down, …)". Refill said in words ("fill it back up") and a scrub
/// for a clean are the book's words.
/// </summary>
public class ParticleTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: USD, expertise: [hot tub service] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: winter, name: "Winterizing visit (drain down, blow out lines, cover secured)", quantity: 1, aliases: [winterize] }
              - { id: service, name: "Service visit (drain, clean and refill)", quantity: 2, aliases: [service visit] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01, used: { service: 2 } }
        """, "book.yaml");

    [Fact]
    public void Down_names_no_thing() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, "Can you put down new decking boards around the tub?").Verdict);

    [Fact]
    public void A_scrub_and_a_refill_in_other_words_name_the_service() =>
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book, "Could you come out, give the shell a proper scrub and fill it back up fresh?").Verdict);
}
