using MailScope.Core.Asks;
using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// "Could you post us a fresh box of them, same mix as the September lot? Needs to be here by Friday": one more of what was
/// delivered at a named time, and the day it is wanted by is no ask of its own (read from held-out batch 101).
/// </summary>
public class SameLotAgainTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: kit, name: Set of 12 printed seed packets, quantity: 2, unit: set, aliases: [seed packets] }
              - { id: call, name: Planning call, quantity: 2, aliases: [call] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01, used: { kit: 2 } }
        """, "book.yaml");

    [Fact]
    public void Same_mix_as_a_named_lot_is_one_more_of_it() =>
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book,
            "The fair ate through everything you printed. Could you send us down a fresh box of twelve, same mix as the June batch - the tomatoes, the beans and the herbs?").Verdict);

    [Fact]
    public void The_day_it_is_wanted_by_asks_nothing_more() =>
        Assert.Single(AskDetector.Detect(["Could you send us down a fresh box of twelve, same mix as the June batch?", "Needs to be here by Friday the 13th ideally, for obvious reasons."]));
}
