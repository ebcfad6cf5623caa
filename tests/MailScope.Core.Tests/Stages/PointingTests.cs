using MailScope.Core.Language;

namespace MailScope.Core.Tests.Stages;

/// <summary>What points back at a thing named before, and what only says when.</summary>
public class PointingTests
{
    [Theory]
    [InlineData("could you fix it on friday?", true)]
    [InlineData("can you do these too?", true)]
    [InlineData("could you drop another twenty round this week?", true)] // a count of the thing named before
    [InlineData("could you pop round this week?", false)] // "this week" says when
    [InlineData("can you come that friday instead?", false)]
    [InlineData("could we do it this weekend?", true)] // "it" still points
    public void A_time_said_with_this_or_that_points_at_nothing(string text, bool points) =>
        Assert.Equal(points, Pointing.IsIn(text));
}
