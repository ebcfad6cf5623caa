using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// A word cut down to five letters begins other words: "foundation" is not "foundry", while "valuation" still meets
/// "value".
/// </summary>
public class ShortStemTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          expertise: [sculpture, bronze casting]
          referrals:
            - { name: Engineers, email: e@example.com, expertise: [structural calculations, foundation design] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: value, name: Value statement for the insurer, quantity: 1 }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """, "book.yaml");

    [Theory]
    [InlineData("Would you tell the guests how she was cast at the foundry?")]
    [InlineData("Have you found a date for the unveiling yet, and could you tell me which one?")]
    public void A_word_that_begins_alike_is_not_the_neighbours_field(string mail) =>
        Assert.NotEqual(Verdict.OutsideExpertise, ClientMail.Judge(Book, mail).Verdict);

    [Fact]
    public void The_neighbours_field_said_whole_still_goes_to_them() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you do the foundation design for the plinth?").Verdict);

    [Theory]
    [InlineData("Could you do the valuation next week?", "value")]
    public void A_noun_in_ation_still_meets_its_verb(string mail, string item) =>
        Assert.Contains(ClientMail.Judge(Book, mail).Requests, r => r.Match.Id == item);
}
