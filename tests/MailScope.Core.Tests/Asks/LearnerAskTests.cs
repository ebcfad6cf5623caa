using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>A learner's asks in the statement's word order, with someone other than "you" to do the work (read from batch 64).</summary>
public class LearnerAskTests
{
    [Theory]
    [InlineData("Is possible somebody comes today and installs the mesh system now, not wait until 24th?")]
    [InlineData("Is possible someone of your team look at it on monday?")]
    [InlineData("Is possible anyone looks at the boiler on Monday?")]
    public void Is_possible_somebody_does_it_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Fact]
    public void When_it_is_possible_for_somebody_is_no_ask() =>
        Assert.Empty(AskDetector.Detect(["I will come when is possible somebody is at home."]));

    [Theory]
    [InlineData("How often can we mop without the colours going dull?")] // read from batch 64 part 2
    [InlineData("How long can I leave the plaster before painting?")]
    public void How_often_can_we_asks_to_be_told_not_for_work(string sentence) =>
        Assert.DoesNotContain(AskDetector.Detect([sentence]), a => a.CueKind == "modal question");
}
