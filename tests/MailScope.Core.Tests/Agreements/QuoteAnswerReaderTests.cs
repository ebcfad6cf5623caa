using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Matching;

namespace MailScope.Core.Tests.Agreements;

/// <summary>
/// A client's answer to a quote, read from the new text only; one theory per knowledge file
/// (quote-accepting.txt, quote-declining.txt, negations.txt).
/// </summary>
public class QuoteAnswerReaderTests
{
    [Theory] // quote-accepting.txt
    [InlineData("I accept")]
    [InlineData("Yes, go ahead.")]
    [InlineData("yes go ahead")]
    [InlineData("Let's do the upgrade")]
    [InlineData("Yes \u2014 let\u2019s do the upgrade")]
    [InlineData("Great, please proceed with the extra call.")]
    [InlineData("Sounds fair. I approve the change order.")]
    [InlineData("Sure, sign me up!")]
    public void A_yes_accepts(string text) => Assert.Equal(QuoteAnswer.Accept, QuoteAnswerReader.ReadNewText(text));

    [Theory] // quote-declining.txt
    [InlineData("Not right now.")]
    [InlineData("Thanks Dana, but not right now.")]
    [InlineData("We'll pass on this one.")]
    [InlineData("No thanks")]
    [InlineData("No, thank you. It's too expensive for me.")]
    [InlineData("I'll hold off until January.")]
    public void A_no_declines(string text) => Assert.Equal(QuoteAnswer.Decline, QuoteAnswerReader.ReadNewText(text));

    [Theory] // negations.txt, and what decides nothing
    [InlineData("I can't accept this yet.")]
    [InlineData("We won't go ahead with it.")]
    [InlineData("I'm thinking about whether to proceed.")]
    [InlineData("Maybe we go ahead next month.")]
    [InlineData("Should we go ahead?")]
    [InlineData("Thanks for the quote, I'll look at it at the weekend.")]
    [InlineData("Yes, go ahead. Actually no, not right now.")]
    [InlineData("")]
    public void A_negated_hedged_asked_or_mixed_answer_decides_nothing(string text) => Assert.Equal(QuoteAnswer.None, QuoteAnswerReader.ReadNewText(text));

    [Fact]
    public void Only_the_new_text_is_read_not_the_quoted_quote()
    {
        const string Reply = "Not right now, thanks.\n\nAlex\n\nOn Fri, 27 Nov 2026, Dana Reyes wrote:\n> The quote is attached.\n> Reply \"I accept\" and I'll get started.\n";
        Assert.Equal(QuoteAnswer.Decline, QuoteAnswerReader.Read(Reply, null));
        Assert.Equal(QuoteAnswer.None, QuoteAnswerReader.Read("Thanks!\n\nOn Fri, 27 Nov 2026, Dana Reyes wrote:\n> Reply \"I accept\" and I'll get started.\n", null));
    }

    [Fact]
    public void The_answer_is_not_an_ask_but_other_asks_are_still_judged()
    {
        var answer = new RequestJudgement("Yes \u2014 let's do the upgrade.", Verdict.OutOfScope, ScopeMatch.Nothing, "let's do the", "Nothing covers it.", 1);
        var logo = new RequestJudgement("Could you also design a logo?", Verdict.OutsideExpertise, ScopeMatch.Nothing, "could you", "Not my expertise.", 1);

        var alone = AnsweredJudgement.Without(new MessageJudgement("alex-kim", Verdict.OutOfScope, [answer], "r"));
        var withMore = AnsweredJudgement.Without(new MessageJudgement("alex-kim", Verdict.OutOfScope, [answer, logo], "r"));

        Assert.Equal((Verdict.NoRequest, 0), (alone.Verdict, alone.Requests.Count));
        Assert.Equal(Verdict.OutsideExpertise, withMore.Verdict);
        Assert.Equal([logo], withMore.Requests);
    }
}
