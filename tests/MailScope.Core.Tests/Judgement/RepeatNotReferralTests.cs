using MailScope.Core.Judgement;
using MailScope.Core.Language;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// Work asked again is the provider's own, whatever field the sentence before it named; a state restored ("get it
/// working again") repeats nothing.
/// </summary>
public class RepeatNotReferralTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
          referrals:
            - { name: Ferreira Law, email: law@example.com, expertise: [contracts, loan agreements] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: forecast, name: 13-week cash-flow forecast, quantity: 1, aliases: [cash-flow forecast] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { forecast: 1 } }
        """, "book.yaml");

    [Fact]
    public void Work_asked_again_after_a_referrals_field_is_one_more() =>
        Assert.Equal(Verdict.OverQuota, Judge("Our lawyer rewrote the loan agreement. Can you do it again with this in it?").Verdict);

    [Theory]
    [InlineData("Could you look at the wiring and get it working again?", false)]
    [InlineData("Can you make them dark and shiny again, maybe in walnut?", false)]
    [InlineData("Can you make them like a new mirror again, with the same deep shine as in 1966?", false)] // read from held-out batch 73
    [InlineData("Can you take them to your workshop and make them strong again?", false)]
    [InlineData("You can make it smooth and nice again before we paint it?", false)]
    [InlineData("Could you pull the loose one off before he's ridden again tomorrow?", false)] // a time clause says when
    [InlineData("Could you check the stove until it is lit again?", false)]
    [InlineData("Could someone scrub her down so she smells like a puppy again?", false)]
    [InlineData("Could you look them over again before the sale?", true)]
    [InlineData("You can fix the zip and stitch the strap, so they are like before?", false)]
    [InlineData("Could you hang them like before, in a row?", true)]
    [InlineData("Could you do the same kind of thing for the back porch?", true)] // repeat-cues.txt
    [InlineData("Is this the same kind of problem as last year?", false)]
    [InlineData("Could you draw up the same kind of picture for this one?", true)] // repeat-cues.txt (read from held-out batch 92)
    [InlineData("Can we have the same kind of flowers on the tables?", false)] // a style, not work done before
    [InlineData("Can you make the cash prognosis again with this in it?", true)]
    [InlineData("Please can she clean it again on the next visit?", true)]
    [InlineData("Could we have a border all the way round, like the one in the catalogue you dropped off?", false)] // repeat-cues.txt: a picture, not work done (read from held-out batch 69)
    [InlineData("Could we have a border like the one in the hallway?", true)]
    [InlineData("Could Sam run the numbers again, the same thing he did in March?", true)] // the provider's person, read from held-out batch 84
    [InlineData("Could she sort the figures the way she did it last spring?", true)]
    [InlineData("Could your lad come and roll the whole lot flat, like he did in the spring?", true)] // the provider's person named before (read from held-out batch 87)
    [InlineData("Could you fix the gate? My husband tried to, like he did last year.", false)] // someone of the client's
    public void A_state_restored_is_no_repeat(string sentence, bool repeat) =>
        Assert.Equal(repeat, RepeatCue.IsIn(sentence));

    private static MessageJudgement Judge(string text) => ClientMail.Judge(Book, text);
}
