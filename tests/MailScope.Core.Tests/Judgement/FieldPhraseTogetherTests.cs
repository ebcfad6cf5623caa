using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>A field's phrase borrowed for a referral is said as a phrase, not as words strewn over a long sentence (read from held-out batch 73).</summary>
public class FieldPhraseTogetherTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
          expertise: [planning applications, heritage statements]
          referrals:
            - { name: Law, email: l@example.com, expertise: [conveyancing, property law, contracts] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: statement, name: Heritage statement, quantity: 1, aliases: [heritage report] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { statement: 1 } }
        """, "book.yaml");

    [Fact]
    public void Words_of_a_field_phrase_far_apart_are_not_the_phrase() =>
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book,
            "She was fine about it but she said the write-up you did on the history of the building doesn't mention the cellars, so she'd want that document done over to take them in before she signs off on her report. Can you do that for us?").Verdict);

    [Fact]
    public void The_field_phrase_said_together_still_names_the_referral() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "The builder sent his terms. Could you tell us if it's fine to sign?").Verdict);
}
