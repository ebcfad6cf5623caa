using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// What an ask is for ("so you can see…"), what to bring to a meeting just moved, where to go ("round the shops") and
/// what the work is not (", not with flowers,") ask for nothing of their own; "being built" is no built-in add-on (read from
/// held-out batch 72).
/// </summary>
public class ArrangementsAndPurposesTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: USD
          referrals:
            - { name: Hem, email: h@example.com, expertise: [alterations, tailoring] }
            - { name: Bloom, email: b@example.com, expertise: [florist, flowers] }
        packages:
          - id: style
            name: Style
            price: 1
            deliverables:
              - { id: call, name: 30-minute video call, quantity: 2, unit: call }
              - { id: shopping, name: Personal shopping trip, quantity: 2, unit: trip }
              - { id: meeting, name: On-site meeting, quantity: 2, unit: meeting }
              - { id: design, name: Print design with your names, quantity: 1, aliases: [design] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: style, used: { call: 2, design: 1 } }
        """, "book.yaml");

    [Fact]
    public void What_a_call_is_for_is_part_of_the_call()
    {
        var judgement = ClientMail.Judge(Book, "Could we get on a video call one evening so you can see both jackets on me and tell me which ties go with which?");
        Assert.Equal(Verdict.OverQuota, judgement.Verdict);
        Assert.All(judgement.Requests, r => Assert.Equal("call", r.Match.Id));
    }

    [Fact]
    public void What_to_bring_to_a_moved_meeting_is_part_of_the_move() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Could we shift our get-together at the barn to Thursday 26th, same time? She's asked if you could bring the marked-up plan so she can see where the vents need to go.").Verdict);

    [Fact]
    public void Round_the_stores_is_where_not_a_round_of_changes() =>
        Assert.DoesNotContain(ClientMail.Judge(Book, "When can we go round the stores together and pick out a coat?").Requests, r => r.Match.Kind == MatchKind.Referral);

    [Fact]
    public void A_thing_set_off_as_not_wanted_names_no_referral() =>
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book, "Can you make the design once more in blue, not with flowers, please?").Verdict);

    [Fact]
    public void Being_built_names_no_built_in_add_on() // phrase-rewrites.txt: "built-in" is one word
    {
        var book = ScopeBookLoader.Load("""
            provider: { name: P, email: p@example.com, currency: USD }
            packages:
              - id: pk
                name: Pk
                price: 1
                deliverables:
                  - { id: drawings, name: Design drawing set (plan and elevations), quantity: 2, aliases: [drawings, plans] }
                  - { id: office, name: Insulated timber garden office with a glazed door, quantity: 1, aliases: [garden office] }
            addons:
              - { id: shelves, name: Built-in shelving and workbench, price: 300, aliases: [shelving] }
            clients:
              - { id: c, name: C, emails: [c@example.com], package: pk, used: { drawings: 2 } }
            """, "book.yaml");
        var judgement = ClientMail.Judge(book, "Could you do me an up-to-date plan of the office as it's being built, with the door where it actually is and the desk laid out?");
        Assert.NotEmpty(judgement.Requests);
        Assert.DoesNotContain(judgement.Requests, r => r.Match.Id == "shelves");
    }
}
