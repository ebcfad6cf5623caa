using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>A forward the client says needs nothing from the provider hands over no material, wherever they say so.</summary>
public class NothingToDoTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: sharpening, name: Kitchen knife sharpening, quantity: 12, aliases: [knives] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan }
        """, "book.yaml");

    private const string Forward = "Priya from across the street saw the van and wants her knives done.\n\nShe said she'd ring you herself.";

    [Fact]
    public void A_forward_said_to_need_nothing_is_no_request() =>
        Assert.Equal(Verdict.NoRequest, ClientMail.Judge(Book, "Just so you know where the call is coming from:\n\n" + Forward + "\n\nNothing you need to do on our end.").Verdict);

    [Fact]
    public void A_learners_here_i_make_hands_over_what_was_asked() => // handing-over.txt
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Like you ask me on the telephone, here I make the drawing of my kitchen. The green is where the knife block is.").Verdict);

    [Fact]
    public void The_same_lead_without_it_hands_over_what_follows() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Here is where the call is coming from:\n\n" + Forward).Verdict);
}
