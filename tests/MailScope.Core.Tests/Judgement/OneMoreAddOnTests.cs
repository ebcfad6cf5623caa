using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// An "Additional X" add-on is how one more of an included X is paid for: asked for while the package's X is used up, the
/// ask is over quota, not work the package lacks, when it names the deliverable by a word of its own (read from held-out
/// batch 89).
/// </summary>
public class OneMoreAddOnTests
{
    [Fact]
    public void The_add_on_for_one_more_of_a_used_up_deliverable_is_over_quota()
    {
        var judgement = ClientMail.Judge(TunerBook(used: 2), "The middle C is sticking again. Any chance you could swing by on Friday and see to the piano?");
        Assert.Equal(Verdict.OverQuota, judgement.Verdict);
        Assert.Contains(judgement.Requests, r => r.Match is { Kind: MatchKind.Deliverable, Id: "tuning" });
    }

    [Fact]
    public void The_add_on_for_one_more_stays_out_of_scope_when_the_ask_names_other_work()
    {
        var judgement = ClientMail.Judge(TunerBook(used: 2), "Any chance you could swing by on Friday and bring a new stool for her?");
        Assert.DoesNotContain(judgement.Requests, r => r.Verdict == Verdict.OverQuota);
    }

    /// <summary>A piano tuner's book: two tuning visits, <paramref name="used"/> of them used, and an add-on for one more.</summary>
    private static ScopeBook TunerBook(int used) => ScopeBookLoader.Load($$"""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: care
            name: Piano Care Year
            price: 1
            deliverables:
              - { id: tuning, name: Piano tuning visit, quantity: 2, unit: visit }
              - { id: advice, name: Email advice on humidity and care, aliases: [advice] }
        addons:
          - { id: more, name: Additional tuning visit, price: 90, aliases: [extra visit, swing by] }
          - { id: stool, name: Adjustable piano stool, price: 150, aliases: [stool, new stool] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: care, used: { tuning: {{used}} } }
        """, "book.yaml");
}
