using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// When each item is only partly named, the one whose things the ask names more of, over all its phrases, is meant:
/// "put the tiles back and clean the gutter" names two of the roofer's things and one word of the cleaning advice.
/// </summary>
public class ItemCoverTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          expertise: [stone walls, memorials]
          referrals:
            - { name: Tolley Roofing, email: r@example.com, expertise: [roof tiles, guttering] }
            - { name: Brook Glass, email: g@example.com, expertise: [window glazing, door frames] }
        addons: [{ id: moss, name: Moss removal from lettering, price: 40, aliases: [moss removal] }]
        packages:
          - id: wall
            name: Wall care
            price: 1
            deliverables:
              - { id: advice, name: Aftercare advice, quantity: 1, aliases: [cleaning advice] }
              - { id: repair, name: Wall repair visit, quantity: 2, aliases: [repair visit] }
        clients: [{ id: c, name: C, emails: [c@example.com], package: wall, used: { repair: 1 } }]
        """, "book.yaml");

    [Theory]
    [InlineData("Can you or your team go up and put the tiles back and clean the gutter?", Verdict.OutsideExpertise, "Tolley Roofing")]
    [InlineData("Could you refit the frames and the glazing while you are here?", Verdict.OutsideExpertise, "Brook Glass")]
    [InlineData("Could you write up the cleaning advice for the granite?", Verdict.InScope, "advice")] // the item's own phrase, whole
    public void The_item_whose_things_are_named_most_is_meant(string text, Verdict verdict, string id)
    {
        var judgement = MailScope.Core.Tests.Judgement.ClientMail.Judge(Book, text);
        var ask = Assert.Single(judgement.Requests);
        Assert.Equal((verdict, id), (ask.Verdict, ask.Match.Id));
    }
}
