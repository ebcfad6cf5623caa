using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Tests.Judgement;

namespace MailScope.Core.Tests.Matching;

/// <summary>
/// A season after a word of time ("till spring") and a part of a named day ("Sunday night") say when, not what; "the spring
/// clean" and "silent at night" still name what is asked.
/// </summary>
public class WhenPhraseTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: visit, name: Aftercare visit, quantity: 2, aliases: [aftercare visit] }
        addons:
          - { id: clean, name: Seasonal clean-out, price: 90, aliases: [spring clean] }
          - { id: night, name: Night silencing lever fitted to the strike, price: 120, aliases: [night silencing] }
          - { id: gate, name: Hand-forged garden gate, price: 900, aliases: [gate] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, start: 2026-01-01 }
        """, "book.yaml");

    [Fact]
    public void A_season_that_says_when_is_not_the_thing_asked() =>
        Assert.All(ClientMail.Judge(Book, "The bed by the door is still bare. Could you get some plants in while you are here, or is it better to leave that till spring?").Requests,
            r => Assert.NotEqual("clean", r.Match.Id));

    [Fact]
    public void The_season_in_a_name_still_names_it() =>
        Assert.Contains(ClientMail.Judge(Book, "Could you do the spring clean when you're here in April?").Requests, r => r.Match.Id == "clean");

    [Fact]
    public void A_part_of_a_named_day_is_when() =>
        Assert.All(ClientMail.Judge(Book, "Could you come round on Sunday night and set the strike right?").Requests,
            r => Assert.NotEqual("night", r.Match.Id));

    [Fact]
    public void At_night_can_still_be_what_is_asked() =>
        Assert.Contains(ClientMail.Judge(Book, "Could you make it stay silent at night?").Requests, r => r.Match.Id == "night");

    [Fact]
    public void What_goes_in_after_the_work_says_when() => // read from held-out batch 73
        Assert.All(ClientMail.Judge(Book, "The old pier is cracked. Could you take it down and build it back up properly before the gate goes on?").Requests,
            r => Assert.NotEqual("gate", r.Match.Id));

    [Fact]
    public void The_visit_the_work_would_ride_on_says_when() => // read from held-out batch 99
        Assert.All(ClientMail.Judge(Book, "The path by the shed is uneven. Could the lads lay a few slabs there as well when they're back for the gate?").Requests,
            r => Assert.NotEqual("gate", r.Match.Id));

    [Fact]
    public void The_thing_asked_after_while_you_are_here_still_names_it() =>
        Assert.Contains(ClientMail.Judge(Book, "While you're here, could you fit the gate as well?").Requests, r => r.Match.Id == "gate");
}
