using MailScope.Core.Judgement;
using MailScope.Core.Language;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// "We'd want it staked on paper": a contraction that spells another word without its apostrophe ("wed", "shed", "shell")
/// is the pronoun, no wedding (read from held-out batch 78).
/// </summary>
public class ContractionTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: USD
          referrals:
            - { name: Line Surveying, email: s@example.com, expertise: [land surveying, boundary survey] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: map, name: Campus map illustration, quantity: 1, aliases: [campus map] }
          - id: other
            name: Other
            price: 1
            deliverables:
              - { id: wedding, name: Illustrated wedding map, quantity: 1, aliases: [wedding map] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """, "book.yaml");

    [Theory]
    [InlineData("we'd", "we")]
    [InlineData("she'd", "she")]
    [InlineData("she'll", "she")]
    [InlineData("he'll", "he")]
    public void A_contraction_that_spells_another_word_is_the_pronoun(string contraction, string pronoun) =>
        Assert.Equal(pronoun, Tokenizer.Tokenize(contraction).Single().Word);

    [Fact]
    public void We_would_names_no_wedding() =>
        Assert.DoesNotContain(ClientMail.Judge(Book, "We'd want it on paper with measurements, please.").Requests, r => r.Match.Kind == MatchKind.Package || r.Match.Id == "wedding");
}
