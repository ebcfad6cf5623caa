using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>A note after an ask on how to get at the work ("you can reach it from the back lawn") does not describe what is asked.</summary>
public class HowToGetThereTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: CAD
          referrals:
            - { name: Birchbark Garden Care, email: b@example.com, expertise: [tree pruning, tree removal, stump grinding] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: plough, name: Driveway ploughing visit, quantity: 20, aliases: [plough, ploughing] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan }
        """, "book.yaml");

    [Fact]
    public void An_access_note_is_no_description_of_the_ask() =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book,
            "Could your crew come and get that weight down off the top of the sunroom this weekend? It's only one storey, you can reach most of it from the back lawn.").Verdict);

    [Fact]
    public void A_description_after_the_ask_still_names_the_field() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book,
            "Could your crew come and sort the garden out this weekend? The oak needs tree pruning and the old stump grinding.").Verdict);
}
