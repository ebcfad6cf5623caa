using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Can you also make the packs for January until August, so from before you started with us?": the included work for
/// another period than the agreed one is a variant the package does not include (docs/asks.md: earlier periods), though
/// units are left (read from the labelled set: fractionalcfo, taxprep).
/// </summary>
public class OtherPeriodTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: fd
            name: Finance Director
            price: 1
            deliverables:
              - { id: pack, name: Monthly board pack, quantity: 6, aliases: [board pack, pack] }
              - { id: return, name: Tax return prepared and filed, quantity: 1, aliases: [tax return, return] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: fd }
        """, "book.yaml");

    [Theory]
    [InlineData("Now they ask something: can you also make the board packs for January until August, so from before you started with us?")]
    [InlineData("I never filed the return for 2023-24 either. Can you sort that tax return out for me as well while you're doing this year's?")]
    public void The_work_for_another_period_is_out_of_scope(string text) =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, text).Verdict);

    [Theory]
    [InlineData("Could you send the November board pack before the meeting, the way you did before you started the new format?")]
    [InlineData("Can you do the tax return this month?")]
    public void The_agreed_period_stays_in_scope(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);
}
