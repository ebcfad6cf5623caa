using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// What the client says they do not want names no item ("without flowers"), and the parts a deliverable's name lists
/// ("hung with hinges and latch") name it when two are said.
/// </summary>
public class UnwantedAndPartsTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
          referrals:
            - { name: Bloom, email: b@example.com, expertise: [florist, flowers, venue decoration] }
        packages:
          - id: build
            name: Build
            price: 1
            deliverables:
              - { id: design, name: Print design with your names, quantity: 1, aliases: [design] }
              - { id: gate, name: "Timber gate, hung with hinges and latch", quantity: 2, unit: gate }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: build, used: { design: 1 } }
        """, "book.yaml");

    [Fact]
    public void A_thing_not_wanted_names_no_referral() =>
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book, "Can you make the design one more time, please, without flowers, more simple?").Verdict);

    [Fact]
    public void What_was_agreed_named_to_be_left_behind_names_no_item() // read from held-out batch 76
    {
        var book = SignBook(
            "{ id: sign, name: Slate house sign with painted letters, quantity: 1, aliases: [house sign] }, " +
            "{ id: repaint, name: Re-painting of the letters after the first winter, quantity: 1, aliases: [repaint] }",
            "Gilding the letters in gold leaf");
        var judgement = ClientMail.Judge(book, "For the gate post, can the letters be made in real gold, not the cream paint we discussed?");
        Assert.Equal(Verdict.OutOfScope, judgement.Verdict);
        Assert.DoesNotContain(judgement.Requests, r => r.Match.Id == "repaint");
    }

    [Fact]
    public void A_thing_said_not_to_be_there_names_no_item() // read from held-out batch 88
    {
        var book = SignBook("{ id: sign, name: Hand-painted house sign on slate, quantity: 1, aliases: [house sign, sign painting] }", "Raised gold leaf gilding");
        var judgement = ClientMail.Judge(book, "I noticed the lettering over the chapel door isn't paint at all, it's the real metal, laid on raised up so it catches the light. Could ours be done like that?");
        Assert.Equal(Verdict.OutOfScope, judgement.Verdict);
        Assert.DoesNotContain(judgement.Requests, r => r.Match.Id == "sign");
    }

    [Fact]
    public void Two_parts_of_a_deliverables_name_name_it()
    {
        var judgement = ClientMail.Judge(Book, "What we'd like: swinging inwards, hinges on the garage side, and the latch up at chest height.");
        Assert.Equal(Verdict.InScope, judgement.Verdict);
        Assert.Contains(judgement.Requests, r => r.Match is { Kind: MatchKind.Deliverable, Id: "gate" });
    }

    /// <summary>A sign maker's book: one package of <paramref name="deliverables"/> (YAML flow mappings) and a gilding add-on.</summary>
    private static ScopeBook SignBook(string deliverables, string gilding) => ScopeBookLoader.Load($$"""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - { id: sign, name: Sign, price: 1, deliverables: [{{deliverables}}] }
        addons:
          - { id: gilding, name: {{gilding}}, price: 200, aliases: [gilding, gold leaf] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: sign }
        """, "book.yaml");
}
