using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>
/// "I should have written sooner" regrets what the client did and asks nothing; "My idea: you can meet him once a week"
/// is the client's plan with the provider in it, an ask (read from held-out batches 81 and 82).
/// </summary>
public class RegretAndProposalTests
{
    [Theory]
    [InlineData("Edna passed peacefully on 21 October, I should have written sooner - the book was read aloud to her in her last week.")]
    [InlineData("We should have told you about the dog before your first visit.")]
    [InlineData("I should have sent the photos with my last message, sorry.")]
    public void A_regret_asks_nothing(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Fact]
    public void Should_have_with_a_thing_still_asks() =>
        Assert.NotEmpty(AskDetector.Detect(["The new page should have a contact form at the bottom."]));

    [Theory]
    [InlineData("My idea: you can meet only him, alone, maybe one hour each week for one month, and teach him how to plan.")]
    [InlineData("Our plan is that you come on the Monday and stay until the Wednesday evening.")]
    [InlineData("My suggestion would be that you write a short guide for the new starters.")]
    public void The_clients_plan_with_the_provider_in_it_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Fact]
    public void A_plan_of_the_clients_own_asks_nothing() =>
        Assert.Empty(AskDetector.Detect(["My plan is that we drive down on the Friday and stay with my sister."]));
}
