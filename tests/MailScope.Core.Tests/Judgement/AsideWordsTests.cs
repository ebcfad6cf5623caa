using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>Words in brackets in an item's name are its detail: alone they never name it.</summary>
public class AsideWordsTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: wrap
            name: Wrap
            price: 1
            deliverables:
              - { id: wrap, name: Full colour change wrap, quantity: 1, aliases: [colour change] }
        addons:
          - { id: trim, name: Interior trim wrap (dash and door cards), price: 150, aliases: [interior trim] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: wrap }
        """, "book.yaml");

    [Fact]
    public void A_word_in_brackets_alone_names_no_add_on() =>
        Assert.DoesNotContain(ClientMail.Judge(Book, "Can you knock the dip out of the door before the grey goes on?").Requests, r => r.Match.Kind == MatchKind.AddOn);

    [Fact]
    public void The_items_own_words_still_name_it() =>
        Assert.Contains(ClientMail.Judge(Book, "Could you do the interior trim as well?").Requests, r => r.Match is { Kind: MatchKind.AddOn, Id: "trim" });
}
