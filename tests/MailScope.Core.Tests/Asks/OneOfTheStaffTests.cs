using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Asks;

/// <summary>"Could one of the lads…" asks the provider's people for work, as "could your lads…" does.</summary>
public class OneOfTheStaffTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: mow, name: Lawn mowing visit, quantity: 6, aliases: [mowing, mow] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """, "book.yaml");

    [Theory]
    [InlineData("Could one of the lads paint the shed door while they're over?", Verdict.OutOfScope)]
    [InlineData("Could one of the girls mow the back lawn on Friday?", Verdict.InScope)]
    [InlineData("Next time your chaps are here, could one of them have a look at the gutters and write it all up?", Verdict.OutOfScope)] // read from held-out batch 74
    [InlineData("Could whoever comes out for the mowing have a look at the gutters and sort them out?", Verdict.OutOfScope)] // read from held-out batch 78
    public void One_of_the_providers_people_asked_to_do_something_is_an_ask(string text, Verdict expected) =>
        Assert.Equal(expected, ClientMail.Judge(Book, text).Verdict);

    // Read from held-out batch 84: the provider's one person, by a singular word or by name.
    [Theory]
    [InlineData("Could your lad paint the shed door while he's over?", Verdict.OutOfScope)]
    [InlineData("Could your guy mow the back lawn on Friday?", Verdict.InScope)]
    [InlineData("Could Tomasz paint the shed door and fit a new hinge?", Verdict.OutOfScope)]
    [InlineData("Could Tomasz sort the shed door so it shuts?", Verdict.OutOfScope)]
    [InlineData("Is that something Tomasz could paint for us next week?", Verdict.OutOfScope)]
    [InlineData("Is it something your lad could take on?", Verdict.OutOfScope)]
    public void The_providers_one_person_asked_to_do_something_is_an_ask(string text, Verdict expected) =>
        Assert.Equal(expected, ClientMail.Judge(Book, "The shed door has dropped and the paint is peeling.\n" + text).Verdict);

    [Theory]
    [InlineData("Could Friday work for you instead?")]
    [InlineData("Is that something which could wait until spring?")]
    public void A_day_or_a_thing_that_could_do_something_asks_no_work(string text) =>
        Assert.NotEqual(Verdict.OutOfScope, ClientMail.Judge(Book, text).Verdict);
}
