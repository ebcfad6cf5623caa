using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// A relative named as whose thing it is ("my wife's sample") makes the ask someone else's work; a relative who only
/// looks at or likes the client's own work ("so my wife can see the colour") does not.
/// </summary>
public class SomeoneElseTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: sample, name: Lime mortar colour sample, quantity: 2, aliases: [mortar sample, colour match] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { sample: 0 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Can you make the small sample of the mortar so my wife can see the colour?")]
    [InlineData("Could you make a mortar sample? My husband and I can't agree on the colour.")]
    [InlineData("Could you make a mortar sample so my mother will see it before she visits?")]
    public void A_relative_who_looks_at_the_clients_work_changes_nothing(string text) =>
        Assert.Equal(Verdict.InScope, Judge(text).Verdict);

    [Theory]
    [InlineData("Could you make a mortar sample for my brother's cottage as well?")]
    [InlineData("Can you make my sister cottage a mortar sample too?")]
    public void A_relatives_own_thing_is_someone_elses_work(string text) =>
        Assert.Equal(Verdict.OutOfScope, Judge(text).Verdict);

    [Fact]
    public void A_relative_named_before_is_who_the_thing_is_given_to() =>
        Assert.Equal(Verdict.OutOfScope, Judge("My son wants one for his flat now. Could you give him a mortar sample for the back wall?").Verdict);

    [Fact]
    public void A_thing_given_with_no_relative_named_stays_the_clients() =>
        Assert.Equal(Verdict.InScope, Judge("The wall is dry now. Could you give her a mortar sample on the north side?").Verdict);

    [Theory]
    [InlineData("The insurer's assessor needs your view. Could you check the colour match and put what you find in writing for him?", Verdict.InScope)] // who reads it
    [InlineData("Could you do a colour match for him at his cottage?", Verdict.OutOfScope)]
    [InlineData("Could you make one more mortar sample, only for him and me to compare?", Verdict.InScope)] // the client is one of them
    public void Writing_it_up_for_a_third_person_names_who_reads_it(string text, Verdict expected) =>
        Assert.Equal(expected, Judge(text).Verdict);

    [Fact]
    public void Asking_to_check_a_payment_arrived_is_admin() =>
        Assert.False(Judge("I paid the second invoice today. Please check you receive.").Flagged);

    private static MessageJudgement Judge(string text) => ClientMail.Judge(Book, text);
}
