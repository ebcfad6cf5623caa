using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Asks;

/// <summary>"Could you put a new one in?" and "could you replace it?" ask for work, whatever the part is.</summary>
public class ReplacedPartTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP, expertise: [shoe repair] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: heels, name: Heel replacement, quantity: 4, aliases: [new heels, heels] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01, end: 2026-06-30, used: { heels: 4 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Her boots have worn right down at the back. Could you put new ones on for her the same way you did mine?")]
    [InlineData("The little strap on my sandal has snapped. Could you replace it when you have a minute?")]
    public void A_part_put_in_new_is_work_asked_for(string text) =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, text).Verdict);
}
