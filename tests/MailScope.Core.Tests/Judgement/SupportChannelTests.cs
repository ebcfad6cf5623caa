using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// Support that runs along ("Email support on care and use of the system") answers questions: work asked for is not had
/// under it because the ask shares a word of its name (read from held-out batch 69 and the labelled set). An
/// appointment is for the work named after it.
/// </summary>
public class SupportChannelTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: install, name: Water softener installed, quantity: 1, aliases: [softener, installation] }
              - { id: service, name: Annual softener service, quantity: 2, aliases: [service, yearly service] }
              - { id: email-support, name: Email support on the care and use of the system, aliases: [email question, quick question] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { install: 1 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Could you run a new pipe to the garden tap and hook it up to the system too?")]
    [InlineData("Could you write the monthly emails that go out to our tenants about the system?")]
    public void Work_that_shares_a_word_with_the_support_line_is_not_had_under_it(string text) =>
        Assert.NotEqual(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);

    [Theory]
    [InlineData("Quick question on the system: how often should I add salt?")]
    [InlineData("Quick question: the light on the system keeps blinking, is that normal?")]
    public void A_question_on_the_system_is_support(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);

    [Theory]
    [InlineData("I would like to take the appointment for the next service, is the 8th possible?")]
    [InlineData("Can we book a visit for the yearly service?")]
    public void An_appointment_is_for_the_work_named_after_it(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);
}
