using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>"…bed them back properly like you did by the window in the summer?": the window says where, not the glazier's work (read from batch 64 part 2).</summary>
public class WhereItWasTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
          referrals:
            - { name: Glass Studio, email: g@example.com, expertise: [stained glass, leaded lights, church windows] }
        packages:
          - id: pack
            name: Heritage Floor
            price: 1
            deliverables:
              - { id: day, name: Floor restoration day on site, quantity: 4, unit: day, aliases: [restoration day, repair day] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: pack, used: { day: 4 } }
        """, "book.yaml");

    [Fact]
    public void By_the_window_says_where_the_work_was() =>
        Assert.NotEqual(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you come and spend a day on that strip, lift the loose ones and bed them back properly like you did by the window in the summer?").Verdict);

    [Fact]
    public void A_room_named_in_work_done_again_the_way_it_was_is_no_referrals_field() => // read from batch 78
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book, "Could you go right through the rooms with us, the way you did for Dad in June - stairs, windows, bedroom, the back door - and then send us a note of what she will need?").Verdict);

    [Fact]
    public void The_windows_themselves_are_still_the_glaziers() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Could you repair the leaded church windows by the end of the month?").Verdict);

    private static readonly ScopeBook Visits = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: USD }
        packages:
          - id: pack
            name: Signing Plan
            price: 1
            deliverables:
              - { id: visit, name: Mobile notary visit at your home or office, quantity: 4, unit: visit, aliases: [visit, mobile visit] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: pack, used: { visit: 4 } }
        """, "book.yaml");

    [Fact]
    public void Swinging_by_the_shop_is_a_visit_not_a_place() =>
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Visits, "Could you swing by the shop Thursday morning, say 9:30?").Verdict);
}
