using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Matching;

/// <summary>"Tiels" for "tiles": a book's word with two neighbouring letters swapped still names its item.</summary>
public class SwappedLettersTests
{
    // Trail and trial are each other's letters swapped: both are words of this book, so neither is taken for a typo.
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        addons: [{ id: trial, name: Trial walk, price: 40, aliases: [trial] }]
        packages:
          - id: walks
            name: Walks
            price: 1
            deliverables: [{ id: tiles, name: Tile repair, quantity: 2, aliases: [tiles] }, { id: trail, name: Trail map, quantity: 1, aliases: [trail map] }]
        clients: [{ id: c, name: C, emails: [c@example.com], package: walks, used: { tiles: 1 } }]
        """, "book.yaml");

    [Theory]
    [InlineData("Could you fix the loose tiels by the back door?", "tiles", Verdict.InScope)] // swapped letters
    [InlineData("Could you fix the loose tiles by the back door?", "tiles", Verdict.InScope)]
    [InlineData("Could we book a trial with the new group?", "trial", Verdict.OutOfScope)] // a word of the book is never taken for a typo of another
    [InlineData("Could you draw the trail map for the new group?", "trail", Verdict.InScope)]
    public void A_typo_of_a_books_word_names_its_item(string text, string item, Verdict verdict)
    {
        var judgement = new ScopeJudge(Book).Judge(new InboundMessage { From = "c@example.com", TextBody = text }, new DateOnly(2026, 11, 27));
        var ask = Assert.Single(judgement.Requests);
        Assert.Equal((item, verdict), (ask.Match.Id, ask.Verdict));
    }
}
