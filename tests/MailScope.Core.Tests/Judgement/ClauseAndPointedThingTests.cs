using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "The hedges are a jungle and the shed is leaning. Could you trim them back?": when the ask's own clause names one
/// word of an item and the sentence before names another thing in full, the two together may still name the clause's item.
/// </summary>
public class ClauseAndPointedThingTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: garden
            name: Garden Care
            price: 1
            deliverables:
              - { id: trim, name: Hedge trim and tidy, quantity: 2, unit: visit, aliases: [hedge trimming, trim the hedges] }
          - id: build
            name: Garden Build
            price: 1
            deliverables:
              - { id: shed, name: New shed roof, quantity: 1, aliases: [shed] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: garden, used: { trim: 2 } }
        """, "book.yaml");

    [Fact]
    public void The_clause_and_the_thing_before_name_the_clauses_item_together() =>
        Assert.Equal(Verdict.OverQuota, Judge("The front hedges are a jungle and the shed is leaning. Could you trim them back before the frost?").Verdict);

    [Fact]
    public void A_thing_named_in_full_before_still_wins_over_one_word_of_the_clause() =>
        Assert.Equal(Verdict.OutOfScope, Judge("The shed is leaning badly. Could you trim it back and make it good?").Verdict);

    private static MessageJudgement Judge(string text) => ClientMail.Judge(Book, text);
}
