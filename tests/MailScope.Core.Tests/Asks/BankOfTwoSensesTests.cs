using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>
/// The bank of "bank details" and "a bank transfer" is admin; the bank of "dig the bank back" is earth, and digging it is
/// work (read from the labelled set).
/// </summary>
public class BankOfTwoSensesTests
{
    [Theory]
    [InlineData("Could you send me your bank details?")]
    [InlineData("Can you confirm the bank transfer arrived?")]
    [InlineData("Could you let me have your bank account details again?")]
    public void The_banks_details_are_admin(string sentence) =>
        Assert.All(AskDetector.Detect([sentence]), a => Assert.True(a.Logistics));

    [Fact]
    public void Digging_the_bank_back_is_work() =>
        Assert.Contains(AskDetector.Detect(["Can you dig the bank back, put something solid in to hold it up, and get the water piped away?"]), a => !a.Logistics);
}
