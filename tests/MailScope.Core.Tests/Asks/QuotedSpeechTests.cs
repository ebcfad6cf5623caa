using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>A question the client quotes (from a screen, a letter, another person) is not their ask.</summary>
public class QuotedSpeechTests
{
    [Theory]
    [InlineData("Would you like to update your channel list?\"")]
    [InlineData("Could we have the classes at 7am instead, before work?\u201D")]
    public void A_question_that_closes_a_quotation_asks_nothing(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Fact]
    public void A_question_of_the_clients_own_still_asks() =>
        Assert.NotEmpty(AskDetector.Detect(["Could you update the channel list for me?"]));
}
