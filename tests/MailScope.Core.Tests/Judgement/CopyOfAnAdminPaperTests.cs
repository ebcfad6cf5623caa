using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>A copy of an admin paper named just before, asked for in everyday verbs, is admin even after the engagement ended.</summary>
public class CopyOfAnAdminPaperTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: AUD }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: bills, name: Supplier bills processing, quantity: 4, aliases: [bills] }
              - { id: support, name: Email support on the books, aliases: [email support] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01, end: 2026-06-30 }
        """, "book.yaml");

    [Theory]
    [InlineData("The accountant reckons she's missing your last bill, the one from June. Can you flick me a copy of it?")]
    [InlineData("The invoice you sent in March went to my old address. If you could email a copy of that to this address too, that would square me away.")]
    [InlineData("I paid the deposit by card over the phone, would that be on a separate receipt? If so could you send that one too.")] // read from held-out batch 73
    [InlineData("Could you send me a copy of the tax invoice for the program with your ABN showing?")] // "the program" is what was bought, not a building (read from held-out batch 83)
    [InlineData("Could you send me the invoice for the design, please?")]
    [InlineData("The insurer pays back part of it if I send them a receipt with your name and the dates. Could you do me one covering the lot, May to September?")] // read from held-out batch 95
    public void An_everyday_verb_for_passing_on_a_copy_is_admin(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);

    [Theory]
    [InlineData("Could you process this month's supplier bills for me?")]
    [InlineData("Could you design an invoice template with our logo?")] // an admin paper designed is work
    [InlineData("The photo book you made was lovely. Could you make me one for my sister's wedding?")] // one more of the work
    public void New_work_after_the_end_is_still_out_of_scope(string text) =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, text).Verdict);
}
