using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Could you make my Thursday ones a full hour from now on instead of the 45 minutes?" moves nothing: it asks for the
/// agreed sessions longer than agreed, a change to the deal, though it names no deliverable (read from held-out batch 82).
/// </summary>
public class LongerThanAgreedTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: term
            name: Weekly Term
            price: 1
            deliverables: [{ id: lesson, name: Weekly 45-minute lesson, quantity: 10, aliases: [lesson] }]
        clients:
          - { id: c, name: C, emails: [c@example.com], package: term }
        """, "book.yaml");

    [Theory]
    [InlineData("Would it be possible to make my Thursday ones a full hour from now on instead of the 45 minutes?")]
    [InlineData("Could we do an hour instead of the 45 minutes next week?")]
    [InlineData("For the lessons I have left, could you make them a proper long one instead - more like 2.5 to 3 hours?")] // bigger-than-agreed.txt
    [InlineData("Is possible that our lessons are long two hours each one, instead of the normal forty-five minutes?")] // a learner's ask, minutes in words (read from held-out batch 85)
    [InlineData("Could we make the next ones three hours each rather than the usual fifty minutes?")]
    public void Longer_than_agreed_is_out_of_scope(string text) =>
        Assert.Equal(Verdict.OutOfScope, Judge(text).Verdict);

    [Theory]
    [InlineData("Would it be possible to make my Thursday ones at 6 from now on instead of 5.15?")] // another time, no longer
    [InlineData("Could we move Thursday's to Friday instead?")]
    public void Another_time_is_scheduling(string text) =>
        Assert.Equal(Verdict.InScope, Judge(text).Verdict);

    private static MessageJudgement Judge(string text) => ClientMail.Judge(Book, text);
}
