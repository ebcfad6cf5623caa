using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// A claim form that asks only for the provider's details and what was paid is admin, like a receipt, even after the
/// engagement has ended; a form that is the work itself is still judged (read from held-out batch 101).
/// </summary>
public class ClaimFormTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: CAD }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: lesson, name: Group swim lesson, quantity: 8, aliases: [lesson] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-04-01, end: 2026-09-30, used: { lesson: 8 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Our health plan pays some of it back. Could you fill in part 2 of the claim form - it only wants your business name, the dates of service and the amount?")]
    [InlineData("Could you sign the employer's training form for me - your registration number and the amount paid is all it needs.")]
    public void A_claim_form_for_what_was_paid_is_admin(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void A_form_that_is_the_work_is_new_work_after_the_end() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, "Could you fill in the club's safety assessment form for the new pool, with a risk rating for every lane?").Verdict);
}
