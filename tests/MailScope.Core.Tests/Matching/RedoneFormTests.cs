using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Matching;

/// <summary>"Draw it again" asks for what the book calls a redraw: the re- form of a word, with "again" beside it.</summary>
public class RedoneFormTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        packages:
          - id: pack
            name: Pack
            price: 1
            deliverables:
              - { id: round, name: Design revision round, quantity: 2, aliases: [revision, redraw] }
              - { id: session, name: Session of 4 hours, quantity: 6, aliases: [session, sitting] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: pack, used: { round: 2, session: 1 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Can you draw this part again before the next sitting?", "round", Verdict.OverQuota)]
    [InlineData("Can you draw this part before the next sitting?", "session", Verdict.InScope)]
    public void Again_beside_a_word_names_its_redone_form_when_the_book_has_it(string text, string item, Verdict verdict)
    {
        var judgement = new ScopeJudge(Book).Judge(new InboundMessage { From = "c@example.com", TextBody = text }, new DateOnly(2026, 11, 27));
        var ask = Assert.Single(judgement.Requests);
        Assert.Equal((item, verdict), (ask.Match.Id, ask.Verdict));
    }
}
