using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// A question the rules do not read as work is still a referral's work when its answer lies in that field (docs/asks.md:
/// "asking to check the small print before I sign is legal work"), unless the words it rests on are the book's own.
/// </summary>
public class FieldQuestionTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
          expertise: [piano tuning, piano repair]
          referrals:
            - { name: Meyer Media Law, email: law@example.com, expertise: [media law, copyright] }
            - { name: Hartley Removals, email: move@example.com, expertise: [piano moving, piano removals] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: tune, name: Piano tuning visit, quantity: 2, aliases: [tuning] }
              - { id: support, name: Email support, aliases: [email question] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan }
        """, "book.yaml");

    [Theory]
    [InlineData("We found an old recording of my grandmother playing. Is it legal for us to use it in the video, or do we need permission from somebody?")]
    public void A_question_whose_answer_lies_in_a_referrals_field_is_that_fields_work(string text) =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, text).Verdict);

    [Theory]
    [InlineData("Now the heating is on, the room feels very dry. Is it all right for the piano to stay against the wall next to the radiator, or should I move it across the room?")]
    public void A_question_on_the_books_own_thing_stays_within_the_engagement(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);
}
