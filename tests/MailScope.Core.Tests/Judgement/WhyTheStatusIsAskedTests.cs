using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Where are we up to with the phone film? … I'd love to have something to tell her before Friday's meeting.": a wish
/// that names nothing beside a question on where the work stands says why the client asks; it asks for no new work
/// (read from held-out batches 95 and 96).
/// </summary>
public class WhyTheStatusIsAskedTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: care
            name: Care Plan
            price: 1
            deliverables:
              - { id: test, name: Lab analysis with report, quantity: 2, aliases: [lab analysis] }
              - { id: film, name: Rehearsal film, quantity: 1, aliases: [film] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: care }
        """, "book.yaml");

    [Theory]
    [InlineData("Hi Dale, anything back yet on the water you took from the kitchen on the 14th? The inspector is coming the first week of November and I'd like to have it in the folder.")]
    [InlineData("Where are we up to with the little phone film of the rooftop scrap? Saskia keeps asking me and I'd love to have something to tell her before Friday's production meeting.")]
    public void A_wish_beside_a_status_question_is_the_reason_for_it(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);

    [Theory]
    [InlineData("Where are we up to with the film? Also, I'd love to have a logo designed for the company before Friday.")]
    public void A_wish_for_other_work_beside_it_is_still_judged(string text) =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, text).Verdict);
}
