using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Is that something you could do for us, maybe before Christmas?" after a referral's work was described: the pointer
/// stands before the cue, and a holiday only says when; or the referral's work spelled out in the sentence just after.
/// </summary>
public class IsThatSomethingTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          referrals:
            - { name: Tiny Keepsakes, email: t@example.com, expertise: [hand and foot casting, baby keepsakes] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: shoot, name: Newborn studio session, quantity: 1, aliases: [newborn session] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan }
        """, "book.yaml");

    [Theory]
    [InlineData("A mate has a plaster copy of his daughter's tiny hand and foot on the mantelpiece. We'd want to do it soon. Is that something you could do for us, maybe before Christmas?")]
    [InlineData("My mate has a plaster copy of his daughter's tiny hand and foot on the mantelpiece. We'd want to do it soon. Is that something you could do for us yourself, actually with the plaster?")]
    public void What_was_described_stays_the_referrals(string text) =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, text).Verdict);

    private static readonly ScopeBook Guide = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: USD
          referrals:
            - { name: Gallatin Studio, email: g@example.com, expertise: [taxidermy, fish mounts, skin mounts] }
        packages:
          - id: season
            name: Season
            price: 1
            deliverables:
              - { id: trip, name: Guided float trip, quantity: 4, aliases: [float trip] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: season }
        """, "book.yaml");

    [Theory]
    [InlineData("We kept the big rainbow from October in the garage freezer. Is that something you could take on? Skin it, glass eyes, on a plain oak board.", Verdict.OutsideExpertise)] // spelled out just after
    [InlineData("We kept the big rainbow from October in the garage freezer. Could you look after that for us as well? Skin it, glass eyes, on a plain oak board.", Verdict.OutsideExpertise)]
    [InlineData("We kept the big rainbow from October in the garage freezer. Is that something you could take on? We'd love it before his birthday.", Verdict.OutOfScope)] // nothing spelled out: unknown work
    public void What_that_is_may_be_spelled_out_just_after(string text, Verdict expected) =>
        Assert.Equal(expected, ClientMail.Judge(Guide, text).Verdict);
}
