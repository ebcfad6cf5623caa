using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// Everyday ways of saying a thing (phrase-rewrites.txt, repeat-cues.txt): "what I can't picture" is imagining, no picture;
/// "run the tape over me" is measuring; "like the first appointment back in June" and "same fonts and colours as the
/// others" ask again for what was had (read from held-out batches 89 and 90).
/// </summary>
public class SaidAnotherWayTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: GBP }
        packages:
          - id: fit
            name: Made to Measure
            price: 1
            deliverables:
              - { id: measure, name: Measuring appointment, quantity: 1, unit: appointment }
              - { id: talk, name: One-hour styling session, quantity: 2, unit: session, aliases: [session] }
              - { id: photos, name: Photo review with notes, quantity: 2, aliases: [photos, pictures] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: fit, used: { measure: 1, talk: 2 } }
        """, "book.yaml");

    [Fact]
    public void Picturing_something_asks_for_no_picture()
    {
        var judgement = ClientMail.Judge(Book, "Standing up in front of the whole office is the bit I can't picture. Could we sit down for a proper hour before then, like the ones we did in the spring?");
        Assert.Equal(Verdict.OverQuota, judgement.Verdict);
        Assert.DoesNotContain(judgement.Requests, r => r.Match.Id == "photos");
    }

    [Fact]
    public void Running_the_tape_over_someone_is_measuring()
    {
        var judgement = ClientMail.Judge(Book, "I've lost a fair bit of weight since. Could you run the tape over me before you cut anything?");
        Assert.Equal(Verdict.OverQuota, judgement.Verdict);
        Assert.Contains(judgement.Requests, r => r.Match is { Kind: MatchKind.Deliverable, Id: "measure" });
    }

    [Fact]
    public void Like_the_first_sitting_back_in_a_month_is_a_repeat() =>
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book, "Could you take me through it all from scratch, like the first sitting back in March?").Verdict);

    [Fact]
    public void The_same_two_things_as_the_others_is_a_repeat() => // repeat-cues.txt (read from held-out batch 89)
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book, "Could you put together a proper version for the summer, same fabrics and colours as the others?").Verdict);

    [Fact]
    public void As_thoroughly_as_you_did_it_before_is_a_repeat() => // repeat-cues.txt (read from held-out batch 89)
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book, "For the winter range I'd like it done as thoroughly as you did it for the spring collection.").Verdict);
}
