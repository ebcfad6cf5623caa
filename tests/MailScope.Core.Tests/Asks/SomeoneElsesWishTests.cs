using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>"Nadia would like you to…" passes on a colleague's wish: it asks the provider all the same (read from held-out batch 64).</summary>
public class SomeoneElsesWishTests
{
    [Theory]
    [InlineData("Nadia would like you to follow the money in and out of that account the same way you did for the others.")]
    [InlineData("My partner'd like you to look at the back bedroom as well.")]
    [InlineData("The board would really like you to present the findings in January.")]
    [InlineData("They'd really like an afternoon with you in the new year where they bring whatever they're working on.")] // the client's people (read from the labelled set, authorvisits)
    [InlineData("The kids would love another session with you before the summer.")]
    [InlineData("The quiz went down so well that he'd like some questions about us in the December one too.")] // read from held-out batch 107
    [InlineData("She would love another batch of the lavender ones as well.")]
    public void A_wish_for_the_provider_to_do_something_is_an_ask(string sentence) =>
        Assert.Single(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("I've put together who the staff would like you to see, with room numbers.")] // describes the list
    [InlineData("The team would like you to know how grateful they are.")] // telling, not asking
    [InlineData("He'd like a quiet Christmas this year, to be honest.")] // no more of anything asked
    public void A_wish_that_describes_or_tells_asks_nothing(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("The grandchildren were hoping to use it.", 0)] // someone else's hope, told
    [InlineData("They're hoping to come along on the day.", 0)]
    [InlineData("We were hoping to have the album by Christmas.", 1)] // the client's own hope asks
    [InlineData("I'm hoping to get the files next week.", 1)]
    public void Only_the_clients_own_hope_asks(string sentence, int asks) =>
        Assert.Equal(asks, AskDetector.Detect([sentence]).Count);
}
