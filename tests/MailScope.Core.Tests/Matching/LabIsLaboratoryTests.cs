using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// "…and after you send it to laboratory": a client's "laboratory" is the book's own "lab" (synonyms.txt), and a word the
/// book uses, even after "with" in a name ("test kit with lab analysis"), is never borrowed from a neighbour's field
/// (ScopeIndex.BorrowFieldWords; read from held-out batch 97).
/// </summary>
public class LabIsLaboratoryTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: USD
          referrals:
            - { name: Damp Detectives, email: d@example.com, expertise: [mold inspection, mold testing, mold sampling, water damage assessment] }
        packages:
          - id: check
            name: Home Check
            price: 1
            deliverables:
              - { id: kit, name: Short-term test kit with lab analysis, quantity: 2, aliases: [test kit] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: check }
        """, "book.yaml");

    [Theory]
    [InlineData("Could you pick up the second one on Friday and send it to the laboratory for us?")]
    [InlineData("Is it possible that you leave a small tin for a month and after send it to laboratory?")]
    public void The_laboratory_is_the_books_own_lab(string text) =>
        Assert.NotEqual(Verdict.OutsideExpertise, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void The_neighbours_field_itself_stays_theirs() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "There is black mold behind the wardrobe, could you come and test it?").Verdict);
}
