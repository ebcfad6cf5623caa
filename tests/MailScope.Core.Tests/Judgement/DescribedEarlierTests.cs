using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// A thing described over several sentences is named in the first of them: "is that something you could do?" after
/// the description points back past the sentence just before it.
/// </summary>
public class DescribedEarlierTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          expertise: [hedges, lawns]
          referrals:
            - { name: Roots Drainage, email: d@example.com, expertise: [drainage, blocked drains] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: cuts, name: Hedge cutting visit, quantity: 4, aliases: [hedge trim] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { cuts: 1 } }
        """, "book.yaml");

    [Theory]
    [InlineData("The drain by the back door has been blocked since Sunday. Water sits in the yard for hours. It smells a bit too. Could you come and clear it?")]
    [InlineData("Since the storm the drain under the patio overflows. We tried a plunger. No luck at all. Is that something you could sort out?")]
    [InlineData("The drain by the back door keeps overflowing. Water sits in the yard for hours. Is this something you could come and put right?")] // phrase-rewrites.txt: "right" names no thing
    public void A_field_named_two_or_three_sentences_back_is_what_is_asked(string text) =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void A_field_named_further_back_than_the_reach_is_not() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, "The drain is blocked. We moved house last year. The garden is big. The shed leaks. The fence is down. Could you come and fix it?").Verdict);

    [Fact]
    public void A_question_on_the_clients_own_next_step_stays_theirs() =>
        Assert.NotEqual(Verdict.OutsideExpertise, ClientMail.Judge(Book, "The drain by the back door is blocked. Water sits in the yard. Should we cover it with a board, or leave it?").Verdict);

    [Fact]
    public void Asking_to_go_before_the_others_is_sooner_than_agreed_not_the_field_described() => // read from held-out batch 77
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book,
            "My father cleared blocked drains all his life. You said me it is for March because your list is full. But is it possible that you put me before the others and make it before Christmas?").Verdict);

    [Fact]
    public void A_repeat_of_the_providers_work_is_not_the_field_described() =>
        Assert.NotEqual(Verdict.OutsideExpertise, ClientMail.Judge(Book, "The drain by the hedge is blocked again. Water sits in the yard. Could you do that once more like last time?").Verdict);
}
