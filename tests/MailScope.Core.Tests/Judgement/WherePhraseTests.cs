using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "…to the left of the radiator" says where the work goes: a referral's thing named as the place is not the work asked.
/// </summary>
public class WherePhraseTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          expertise: [lighting, sockets]
          referrals:
            - { name: Wet Trades, email: w@example.com, expertise: [plumbing, radiators, boilers] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: lights, name: Light fittings, quantity: 4, aliases: [light, lamp] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { lights: 1 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Could you put a new switch on the wall to the left of the radiator?")]
    [InlineData("Could you fit a dimmer switch just above the boiler, so we can see the dials?")]
    [InlineData("Could you send two people to work behind the boiler that night, 7 to 12?")] // a time after the place (read from held-out batch 92)
    public void A_thing_named_as_the_place_is_not_the_work(string text) =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void An_included_thing_put_there_stays_included() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Could you put the last light up on the wall next to the radiator?").Verdict);

    [Fact]
    public void The_thing_worked_on_still_counts() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you bleed the radiator next to the front door?").Verdict);
}
