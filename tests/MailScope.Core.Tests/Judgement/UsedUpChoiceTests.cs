using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Once more, like you did in September" with several allowances used up: the reply names the one the ask's words
/// point to, and none when they point to no one item.
/// </summary>
public class UsedUpChoiceTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
        packages:
          - id: care
            name: Care
            price: 1
            deliverables:
              - { id: sweep, name: Chimney sweep with certificate, quantity: 1, unit: visit }
              - { id: stove-service, name: Stove service (door and glass seals), quantity: 1 }
              - { id: cctv, name: Camera survey of the flue, quantity: 1, aliases: [cctv survey] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: care, used: { sweep: 1, stove-service: 1, cctv: 1 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Could you come out and redo the seal on the stove like you did in September?", "stove-service")]
    [InlineData("Would you put the camera up the flue again, like you did in September?", "cctv")]
    [InlineData("Could you come back and sweep it once more like last time?", "sweep")]
    public void The_used_up_item_the_words_point_to_is_named(string ask, string id)
    {
        var request = Assert.Single(ClientMail.Judge(Book, ask).Requests);
        Assert.Equal(Verdict.OverQuota, request.Verdict);
        Assert.Equal((MatchKind.Deliverable, id), (request.Match.Kind, request.Match.Id));
    }

    [Fact]
    public void Words_that_point_to_no_one_item_name_none()
    {
        var request = Assert.Single(ClientMail.Judge(Book, "Could you come out once more like you did in September?").Requests);
        Assert.Equal(Verdict.OverQuota, request.Verdict);
        Assert.Equal(MatchKind.None, request.Match.Kind);
    }
}
