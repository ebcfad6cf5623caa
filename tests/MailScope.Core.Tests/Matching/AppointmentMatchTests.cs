using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// A visit or session asked for and nothing else named: the client's own deliverable booked as that kind of
/// appointment, by its unit or its name. Never one that only says when, or one of another kind.
/// </summary>
public class AppointmentMatchTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        addons: [{ id: bulbs, name: Bulb planting, price: 40, aliases: [bulbs] }]
        packages:
          - id: care
            name: Care Plan
            price: 1
            deliverables: [{ id: tidy, name: Border tidy, quantity: 4, unit: visit, aliases: [tidy] }, { id: advice, name: Advice by email, aliases: [advice] }]
          - id: lessons
            name: Lessons
            price: 1
            deliverables: [{ id: lesson, name: Private lesson, quantity: 8, unit: lesson, aliases: [private lesson] }]
        clients:
          - { id: c, name: C, emails: [c@example.com], package: care, used: { tidy: 1 } }
          - { id: d, name: D, emails: [d@example.com], package: care, used: { tidy: 4 } }
        """, "book.yaml");

    [Theory]
    [InlineData("c@example.com", "Could you pop round one morning next week?", "tidy", Verdict.InScope)] // "pop round" is a visit
    [InlineData("c@example.com", "Would it be possible to have a visit from your team on Friday the 4th?", "tidy", Verdict.InScope)]
    [InlineData("d@example.com", "Could you pop round again before Christmas?", "tidy", Verdict.OverQuota)] // all four used
    [InlineData("c@example.com", "Could you come round one afternoon next week?", "tidy", Verdict.InScope)] // phrase-rewrites.txt: "come round" is a visit
    [InlineData("c@example.com", "Would you be able to come out to Fernhill with us before the party?", "tidy", Verdict.InScope)] // "come out to" a place
    [InlineData("c@example.com", "Can I book for next Thursday?", "tidy", Verdict.InScope)] // a booking that names no kind: the one kind the client has
    [InlineData("d@example.com", "Can I book for next Thursday?", "tidy", Verdict.OverQuota)]
    public void A_bare_visit_books_the_clients_own_visits(string from, string text, string item, Verdict verdict)
    {
        var ask = Assert.Single(Judge(from, text).Requests);
        Assert.Equal((item, verdict), (ask.Match.Id, ask.Verdict));
    }

    [Theory]
    [InlineData("Could you make a planting plan for the front at your next visit?")] // the visit says when
    [InlineData("Could you do a portrait visit for my sister?")] // another kind of visit
    [InlineData("Could you come out to put the fence panel back up?")] // phrase-rewrites.txt: "come out to" do something is no visit
    [InlineData("Could you put together a list of what you planted, where it went and on which visit?")] // a question word asks which one (batch 107)
    public void A_visit_that_says_when_or_of_another_kind_is_not_the_deliverable(string text) =>
        Assert.All(Judge("c@example.com", text).Requests, r => Assert.NotEqual("tidy", r.Match.Id));

    private static MessageJudgement Judge(string from, string text) =>
        new ScopeJudge(Book).Judge(new InboundMessage { From = from, TextBody = text }, new DateOnly(2026, 11, 27));
}
