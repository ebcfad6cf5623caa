using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// A long word may stand for a shorter one it begins with ("physiotherapy" for "physio"), but not when it is another
/// word that only looks alike (words-alike.txt): "up in the mountain" says nothing of mounting (read from held-out batch 90).
/// </summary>
public class WordsAlikeTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: EUR
          referrals:
            - { name: Workshop, email: w@example.com, expertise: [binding mounting, ski waxing] }
            - { name: Clinic, email: k@example.com, expertise: [physio] }
        packages:
          - id: guide
            name: Guided Days
            price: 1
            deliverables:
              - { id: day, name: Guided summit day, quantity: 3, unit: day }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: guide }
        """, "book.yaml");

    [Fact]
    public void A_word_that_only_begins_like_a_field_names_no_referral() =>
        Assert.DoesNotContain(
            ClientMail.Judge(Book, "Before we go in the mountain for the first time, can you show me how it works?").Requests,
            r => r.Match.Kind == MatchKind.Referral);

    [Fact]
    public void A_longer_form_of_a_field_still_names_the_referral() =>
        Assert.Contains(
            ClientMail.Judge(Book, "Could you sort out some physiotherapy for my knee before the trip?").Requests,
            r => r.Match.Kind == MatchKind.Referral);
}
