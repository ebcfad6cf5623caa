using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>A client that is two people asks "for him" by the other one's name: that is the client, not someone else.</summary>
public class ClientOfTwoTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: workshop, name: Birth partner workshop, quantity: 1, aliases: [partner workshop] }
        clients:
          - { id: c, name: Siobhan Kelly and Declan Byrne, emails: [c@example.com], package: plan }
        """, "book.yaml");

    private static Verdict Judge(string text) => ClientMail.Judge(Book, text).Verdict;

    [Fact]
    public void The_other_one_of_the_client_named_before_is_no_one_else() =>
        Assert.Equal(Verdict.InScope, Judge("Declan has been asking when he gets his turn. Can we lock in the partner workshop for him?"));

    [Theory]
    [InlineData("My brother has been asking about it. Can we lock in the partner workshop for him?")]
    [InlineData("Declan told his sister about it. Could you do the partner workshop for my sister as well?")]
    public void Someone_not_of_the_client_is_still_someone_else(string text) =>
        Assert.Equal(Verdict.OutOfScope, Judge(text));
}
