using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Asks;

/// <summary>"I want to get it right this year" is the client's own doing, and "Same approach please, gentle" says how, not what more.</summary>
public class OwnDoingAndMannerTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: dial, name: Dial restoration, quantity: 1, aliases: [dial] }
        addons:
          - { id: night, name: Night silencing lever, price: 120, aliases: [night silencing] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01, used: { dial: 1 } }
        """, "book.yaml");

    [Fact]
    public void Getting_it_right_oneself_asks_nothing() =>
        Assert.Equal(Verdict.NoRequest, ClientMail.Judge(Book, "The clocks go back soon and I want to get it right this year.").Verdict);

    [Fact]
    public void How_to_do_it_adds_no_ask() =>
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book, "Its dial is flaking too. Could you restore the dial the way you did the hall one? Same approach please, gentle, no modern gloss.").Verdict);

    [Theory]
    [InlineData("Planning is on Wednesday and I'd like to slot the fixes in.")] // RequestCues: what the client will do (read from the labelled set)
    [InlineData("When the last chapters are done I'd like to sit down over a weekend and listen to the whole thing.")]
    [InlineData("I'd like to wear something I already own if at all possible.")]
    [InlineData("Could I drop the coat off on Monday and get it back on Friday?")] // leave for the client's own steps
    [InlineData("Our bank shows it as paid on 2 November but I'd like to be sure we're square.")] // a wish to be reassured
    [InlineData("We'd like to be quite certain the parcel arrived before we close the file.")]
    [InlineData("For Christmas we would like to give one to each of the witnesses of the wedding.")] // the client's own giving (batch 108)
    [InlineData("I'd like to give them to the teachers on the last day of term.")]
    public void What_the_client_would_like_to_do_themselves_asks_no_work(string sentence) =>
        Assert.DoesNotContain(MailScope.Core.Asks.AskDetector.Detect([sentence]), a => a.CueKind == "wish");

    [Theory]
    [InlineData("Honestly I was a bit sad, I'd love to see them all covered in slip.", "Maybe next year.")] // after a decline (batch 108)
    [InlineData("We'd really love a mural on the back wall too.", "Perhaps another time, when the budget allows.")]
    [InlineData("I'd love a second portrait session with the dogs, maybe one day!", "Anyway, thanks again.")]
    public void A_wish_put_off_to_another_time_asks_nothing(string wish, string after) =>
        Assert.Empty(MailScope.Core.Asks.AskDetector.Detect([wish, after]));

    [Fact]
    public void A_wish_for_now_still_asks() =>
        Assert.NotEmpty(MailScope.Core.Asks.AskDetector.Detect(["We'd really love a mural on the back wall too.", "Could it be done before the party?"]));

    [Theory]
    [InlineData("I'd like to book the next dial restoration for March.")]
    [InlineData("I'd like you to read it through before Friday.")]
    [InlineData("I'd like to give my wife one of your portrait sessions for her birthday.")] // a gift bought of the provider still asks
    [InlineData("Could I bring them by one morning and have them go through your kiln?")] // the client's step, then the provider's work (batch 108)
    [InlineData("Can I drop the jacket in on Monday and have it taken in at the waist?")]
    public void A_wish_for_the_providers_work_still_asks(string sentence) =>
        Assert.NotEmpty(MailScope.Core.Asks.AskDetector.Detect([sentence]));
}
