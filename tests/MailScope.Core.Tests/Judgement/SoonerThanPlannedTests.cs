using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// An included deliverable asked for before the date agreed for it is a faster variant, out of scope: the agreed date
/// said just before ("we agreed on your findings for 11 December") against a nearer one ("by Monday 23 November"), a
/// usual turnaround against a bare day of the month ("before the 27"), or the provider's other work set aside for it
/// (read from held-out batch 81). The thing the provider's own work is done on ("finish the ring", with "ring resizing" a
/// referral's field) wanted sooner stays the provider's work (read from held-out batch 106).
/// </summary>
public class SoonerThanPlannedTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: report, name: Written report, quantity: 1, aliases: [report, document] }
              - { id: samples, name: Sample round, quantity: 3, aliases: [samples] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan }
        """, "book.yaml");

    [Theory]
    [InlineData("I know we agreed on your written report for 11 December. Is there any way you could get the document to me by Monday 23 November?")]
    [InlineData("You told me that for the samples normally you need three weeks. Is possible to have the samples already before the 27?")]
    [InlineData("Could you send the report by Friday, even if you have to put other things aside?")]
    [InlineData("Is possible that you make all the report in three days instead of eight?")] // sooner-than-agreed.txt (read from held-out batch 83)
    [InlineData("I know you said the written report on our two sites and their staff would take a couple of weeks once you had the lists, but is there any way you could get it to us by Friday morning?")] // the turnaround said in the ask's own sentence
    [InlineData("That means we need your written report in hand by Friday December 4, not January 15 as we had planned.")] // sooner-than-agreed.txt
    [InlineData("I know normally you need some days to read it and write, but is possible to have the report the same evening, Sunday?")] // read from held-out batch 91
    [InlineData("You usually take a week over the samples, but could we have them by tomorrow morning?")]
    [InlineData("You told me that for the samples normally you need three weeks. Is possible to have them already before the 27, so in one week and half?")] // VerdictRules.NearDeadline: a comma after the day (read from the labelled set, perfumer)
    [InlineData("I know our schedule had you finishing the report around January 8. Is there any way you could get it to us by Friday, December 4?")] // VerdictRules.PlannedDate (read from the labelled set, narrator)
    [InlineData("I know you told my dad it usually takes the state around two weeks to send things back. Is there any way you could get the report done and back to me by Monday the 9th?")] // read from the labelled set (notary)
    [InlineData("The scout moved our meeting up to the 10th, so the usual ten days won't work for me. Is there any way you could get the report back to me by Friday the 6th?")] // VerdictRules.UsualTurnaround (read from the labelled set, scriptdoctor)
    [InlineData("Can you take the samples tomorrow and ask them to hurry, so we have the paper in two or three days?")] // sooner-than-agreed.txt: "two or three days" (read from held-out batch 97)
    [InlineData("Is it possible that you do all the samples on the 11. January in one day and not three days?")] // sooner-than-agreed.txt: the agreed days squeezed into one (read from held-out batch 99)
    [InlineData("Would it be possible to make the report in five days instead, so it is ready for the board?")] // sooner-than-agreed.txt: "in N days instead" (read from held-out batch 101)
    public void Sooner_than_planned_is_out_of_scope(string text) =>
        Assert.Equal(Verdict.OutOfScope, Judge(text).Verdict);

    [Theory]
    [InlineData("We agreed on the report for 11 December. Could you send the document to me by Monday 23 November instead of by email?")] // still a nearer date
    public void A_nearer_date_after_the_agreed_one_stays_a_variant(string text) =>
        Assert.Equal(Verdict.OutOfScope, Judge(text).Verdict);

    [Theory]
    [InlineData("Could you send the report by Monday 23 November?")] // a deadline, no agreed date said
    [InlineData("I know we agreed on the report for 11 December. Could you send it to my work address?")] // no nearer date
    [InlineData("Is possible to have the samples before the 27?")] // no usual turnaround said
    [InlineData("Is there any way you could get the report back to me by Friday the 6th?")]
    [InlineData("Could we do the next sample round in two weeks instead?")] // put off, not sooner: a round, in weeks
    public void A_plain_deadline_is_in_scope(string text) =>
        Assert.Equal(Verdict.InScope, Judge(text).Verdict);

    private static readonly ScopeBook EngravingBook = ScopeBookLoader.Load("""
        provider:
          name: P
          email: p@example.com
          currency: NZD
          expertise: [hand engraving, trophy plates]
          referrals:
            - { name: Goldsmith, email: g@example.com, expertise: [jewellery repair, ring resizing, stone setting] }
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables:
              - { id: engraving, name: Hand engraving of one piece of jewellery, quantity: 3, aliases: [hand engraving, engraving] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan, used: { engraving: 1 } }
        """, "book.yaml");

    [Theory]
    [InlineData("I know you said normally it takes about two weeks for hand engraving, but my parents fly out on Friday. So is possible you finish the ring until Thursday afternoon?")] // read from held-out batch 106
    [InlineData("I know you said normally it takes about two weeks for hand engraving. Could you have the ring done by Thursday?")]
    public void The_thing_of_the_provider_s_own_work_wanted_sooner_is_no_referral_s(string text)
    {
        var judgement = ClientMail.Judge(EngravingBook, text);
        Assert.Equal(Verdict.OutOfScope, judgement.Verdict);
        Assert.Contains(judgement.Requests, r => r.Match.Id == "engraving");
    }

    [Fact]
    public void The_referral_s_work_itself_stays_theirs() =>
        Assert.Equal(Verdict.OutsideExpertise, ClientMail.Judge(EngravingBook, "Could you resize my ring by Thursday? It has got too tight.").Verdict);

    private static MessageJudgement Judge(string text) => ClientMail.Judge(Book, text);
}
