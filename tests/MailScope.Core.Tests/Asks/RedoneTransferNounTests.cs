using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>
/// A thing that is admin when passed on ("send me the recording") is work when made again: "redo the recording with her
/// name in it" asks for a new recording, while "correct the invoice" still passes an admin paper on (read from the
/// labelled set).
/// </summary>
public class RedoneTransferNounTests
{
    [Theory]
    [InlineData("Would you be able to redo the recording with her name in it?")]
    [InlineData("Could you redo the recording for the current version?")]
    public void A_recording_redone_is_work(string sentence) =>
        Assert.Contains(AskDetector.Detect([sentence]), a => !a.Logistics);

    [Theory]
    [InlineData("Could you send me the recording again?")]
    [InlineData("Could you correct the invoice and send it over?")]
    public void Passing_on_or_correcting_an_admin_paper_is_admin(string sentence) =>
        Assert.All(AskDetector.Detect([sentence]), a => Assert.True(a.Logistics));

    [Fact]
    public void A_recording_pointed_at_and_redone_is_work() =>
        Assert.Contains(AskDetector.Detect(["The recording you made me is lovely but it talks about the old hospital the whole way through.",
            "Would you be able to redo it with her name in it?"]), a => !a.Logistics);

    [Fact]
    public void An_invoice_pointed_at_and_corrected_is_admin() =>
        Assert.All(AskDetector.Detect(["The invoice you sent has our old address on it.", "Could you correct it for us?"]), a => Assert.True(a.Logistics));
}
