using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// A field of the provider's own trade ("restoration" of "clock restoration" and "clock dial restoration") that two
/// referrals share by name lends neither of them its words ("woodwork"); one referral alone in it still borrows them.
/// </summary>
public class SharedFieldTests
{
    private const string Provider = """
        provider:
          name: P
          email: p@example.com
          currency: EUR
          expertise: [clock repair, clock restoration, clock dial restoration, clock case repair]
          referrals:
            - { name: Barometers, email: b@example.com, expertise: [barometer restoration, weather instruments] }
        """;

    private const string Rest = """
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: service, name: Movement service, quantity: 2, aliases: [service] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """;

    private static readonly ScopeBook Shared = ScopeBookLoader.Load(Provider + "\n" + """
            - { name: Furniture, email: f@example.com, expertise: [antique furniture restoration, upholstery] }
        """ + "\n" + Rest, "book.yaml");

    private static readonly ScopeBook Alone = ScopeBookLoader.Load(Provider + "\n" + Rest, "book.yaml");

    [Fact]
    public void A_shared_field_of_the_providers_trade_points_at_no_referral() =>
        Assert.NotEqual(Verdict.OutsideExpertise, ClientMail.Judge(Shared, "Would you be able to put the woodwork right for us?").Verdict);

    [Fact]
    public void One_referral_alone_in_it_still_borrows_its_words() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(Alone, "Would you be able to put the woodwork right for us?").Verdict);
}
