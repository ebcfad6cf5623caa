using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// "Could you pop round this week?" names only a visit: the client's own kind of visit, not another package's item
/// whose only thing is the word "visit".
/// </summary>
public class BareVisitTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        addons: [{ id: door, name: Hanging a new internal door, price: 110, aliases: [new door] }]
        packages:
          - id: move-in
            name: Move-In Bundle
            price: 1
            deliverables:
              - { id: snag, name: Snag visit, quantity: 1, unit: visit, aliases: [follow-up visit] }
          - id: landlord
            name: Landlord Maintenance
            price: 1
            deliverables:
              - { id: callouts, name: Small repair call-out, quantity: 8, unit: visit, aliases: [repair visit] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: landlord, used: { callouts: 5 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Could you pop round this week? The tenant is in after 3.")]
    [InlineData("Could you visit on Thursday morning?")]
    [InlineData("The bathroom door won't close any more. Could you pop round this week?")] // Pointing: "this week" points at no door
    public void A_bare_visit_is_the_clients_own(string text) =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void Another_packages_item_named_by_its_own_word_is_still_that_item() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, "Could you do a snag visit on Thursday?").Verdict);
}
