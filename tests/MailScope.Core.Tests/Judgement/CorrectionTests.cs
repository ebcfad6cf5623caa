using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// Putting delivered work right is no new work; a defect in a referral's field is not the provider's to fix, and one the
/// client's own change caused is a revision, not a correction.
/// </summary>
public class CorrectionTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
          expertise: [privacy audits]
          referrals: [{ name: Brandt Webworks, email: w@example.com, expertise: [website development, mobile layout] }]
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables: [{ id: report, name: Audit report, quantity: 1, aliases: [report] }]
        clients: [{ id: c, name: C, emails: [c@example.com], package: plan, used: { report: 1 } }]
        """, "book.yaml");

    [Theory]
    [InlineData("Our homepage looks broken on phones. Could you fix the mobile layout so everything fits?", Verdict.OutsideExpertise)]
    [InlineData("There's a typo on page 3 of the report. Could you fix it?", Verdict.InScope)]
    [InlineData("We've closed the Leeds office, so half of what the report says about access is now wrong. Could you go through the report once more and fix it up?", Verdict.OverQuota)] // a change the client made (read from held-out batch 69)
    [InlineData("Could you fix up the report with the new figures? The old ones are wrong since we changed suppliers.", Verdict.OverQuota)]
    [InlineData("Would you come with us on the day, sit beside her and help her fix the slides if it goes wrong?", Verdict.OutOfScope)] // help with what may go wrong, no fix of delivered work (batch 79)
    public void A_defect_is_put_right_only_in_the_providers_own_work(string text, Verdict expected) =>
        Assert.Equal(expected, ClientMail.Judge(Book, text).Verdict);
}
