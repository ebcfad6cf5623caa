using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// What a pointing ask stands for: not the thing the client ruled out ("not full sets, just…"), and, for "can you do it"
/// after a description, the ask a few sentences back rather than a word of the description.
/// </summary>
public class PointedBackPastTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          referrals:
            - { name: Snap Family Photos, email: s@example.com, expertise: [family photo shoots, event photography] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: stall, name: Painting stall day, quantity: 3, unit: day, aliases: [stall day, painting table] }
              - { id: sets, name: Full sets of extensions, quantity: 1, aliases: [full set, extensions] }
              - { id: clusters, name: Cluster strips for the guests, quantity: 1, aliases: [cluster strips] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { stall: 3, sets: 1 } }
        """, "book.yaml");

    private static Verdict Judge(string text) => ClientMail.Judge(Book, text).Verdict;

    [Fact]
    public void Do_it_after_a_description_is_the_ask_before() =>
        Assert.Equal(Verdict.OverQuota, Judge(
            "We expect it to be busy, families with bored kids mostly. Would you come and set up your painting table for the day? " +
            "Same set-up as before, under the gazebo. Let me know if you can do it and I'll put it on the posters."));

    [Fact]
    public void What_the_client_rules_out_is_not_what_they_point_at() =>
        Assert.Equal(Verdict.InScope, Judge("My girls would like a little something too - not full extensions, just those little strips you stick along the line. Could you do them on the morning as well?"));
}
