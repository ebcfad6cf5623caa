using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>"…missed the first run-through of the app. Could you do the second one with her?": a run-through is a walkthrough (phrase-rewrites.txt; read from batch 64).</summary>
public class RunThroughTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: USD }
        packages:
          - id: starter
            name: Starter
            price: 1
            deliverables:
              - { id: walkthrough, name: App walkthrough session (45 minutes), quantity: 1, unit: session, aliases: [walkthrough, app training] }
          - id: whole
            name: Whole Home
            price: 1
            deliverables:
              - { id: lighting, name: Smart lighting scenes (per switch), quantity: 12, unit: switch, aliases: [scenes, lighting scene] }
              - { id: walkthrough, name: App walkthrough session (45 minutes), quantity: 2, unit: session, aliases: [walkthrough, app training] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: whole, used: { lighting: 12, walkthrough: 1 } }
        """, "book.yaml");

    [Fact]
    public void The_second_run_through_is_the_second_walkthrough() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "My wife missed the first run-through of the app in July and keeps asking me how to change the scenes. Could you do the second one with her, any evening next week?").Verdict);
}
