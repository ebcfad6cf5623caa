using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>"Lea and me want another walk with you", "Is this possible for you?" (read from the tourguide trade's mail).</summary>
public class WeOfTwoTests
{
    [Theory]
    [InlineData("Lea and me want another walk with you on Saturday morning.")]
    [InlineData("Me and Tom need a second fitting before the wedding.")]
    [InlineData("Is this possible for you on Saturday?")]
    public void The_client_with_someone_of_theirs_wants_like_a_we(string text) =>
        Assert.Single(AskDetector.Detect([text]));

    [Theory]
    [InlineData("My nonna grew up in Puglia and I want to cry every time I see it.")] // a place before "and I", no pair
    [InlineData("Tom and me wanted to say thank you.")]
    public void A_pair_only_at_the_start_of_a_clause_and_only_a_want_of_work(string text) =>
        Assert.Empty(AskDetector.Detect([text]));
}
