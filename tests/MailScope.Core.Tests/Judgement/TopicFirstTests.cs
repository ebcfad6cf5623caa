using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>"And on the envelopes we would love the names written by hand": the thing is named before the wish, without a comma (read from held-out batch 74).</summary>
public class TopicFirstTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: USD
          referrals:
            - { name: Ink, email: i@example.com, expertise: [wedding invitations, envelope addressing] }
        packages:
          - id: favours
            name: Favours
            price: 1
            deliverables:
              - { id: candles, name: Batch of 100 candle favours, quantity: 1, aliases: [candles] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: favours }
        """, "book.yaml");

    [Theory]
    [InlineData("And on the envelopes we would love the names of each guest written by hand in beautiful letters.")]
    [InlineData("On the envelopes, we'd like each guest's name written by hand.")]
    public void The_topic_before_the_wish_names_the_work(string text) =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, text).Verdict);
}
