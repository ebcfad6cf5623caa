using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// "Job" is a general word, so "urgent job" is named by "urgent": "the whole job" is no urgent one. An alias whose things
/// are all general ("same day") needs its qualifier too: "one day" is no same-day turnaround.
/// </summary>
public class QualifiedGeneralThingTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: restore, name: Full movement restoration, quantity: 1, aliases: [movement restoration, rebush] }
        addons:
          - { id: express, name: Express seven-day turnaround, price: 90, aliases: [express, urgent job] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01, used: { restore: 1 } }
        """, "book.yaml");

    [Fact]
    public void A_general_thing_without_its_qualifier_is_not_the_alias() =>
        Assert.All(ClientMail.Judge(Book, "Would you do the whole job on the little French clock too?").Requests, r => Assert.NotEqual("express", r.Match.Id));

    [Fact]
    public void With_its_qualifier_it_is() =>
        Assert.Contains(ClientMail.Judge(Book, "Could you treat it as an urgent job?").Requests, r => r.Match.Id == "express");

    [Theory]
    [InlineData("same day", 2)] // "day" is general: "same" names it too
    [InlineData("last year", 2)]
    public void A_phrase_of_general_things_requires_its_qualifier(string alias, int required) =>
        Assert.Equal(required, ScopePhrase.From(alias, headOnly: false)!.Required.Length);
}
