using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Asks;

/// <summary>
/// Where a booked visit or collection happens, moved to another of the client's own places, moves it (docs/asks.md: in_scope);
/// "Change of plan" is a noun, no imperative.
/// </summary>
public class VisitPlaceTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP, expertise: [shoe repair] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: pickup, name: Collection and return by courier, quantity: 2, unit: round trip, aliases: [collection, courier, pickup] }
              - { id: resole, name: Full resole, quantity: 2, aliases: [resole, new soles] }
        addons:
          - { id: express, name: Express 48-hour turnaround, price: 25, aliases: [express, rush, "48 hour"] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01, used: { pickup: 1 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Could we push the collection to Thursday the 5th instead, and could they come here to the office rather than home?")]
    [InlineData("Could your courier collect from my work instead of the house this time?")]
    [InlineData("Can you pick them up at the studio rather than my flat on Tuesday?")]
    public void The_clients_own_other_place_for_a_booked_visit_moves_it(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void Change_of_plan_asks_nothing() =>
        Assert.Equal(Verdict.NoRequest, ClientMail.Judge(Book, "Change of plan, I'll bring the boots to the shop myself on Saturday morning rather than faff with the courier.").Verdict);
}
