using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>"Do" that opens a question about someone's need is an auxiliary, not an imperative.</summary>
public class AuxiliaryDoTests
{
    [Theory]
    [InlineData("And do the little ones need socks on?")]
    [InlineData("Do the kids have to bring anything?")]
    public void A_question_of_someones_need_asks_nothing_of_the_provider(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Fact]
    public void Do_as_an_imperative_still_asks() =>
        Assert.NotEmpty(AskDetector.Detect(["Do the edits on the second chapter by Friday, please."]));
}
