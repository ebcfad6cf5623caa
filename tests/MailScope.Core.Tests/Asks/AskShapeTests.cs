using MailScope.Core.Asks;

// How asks read in the shapes real mail gives them: with the sentences around, in a learner's words, with a label or a
// trailing please. One class per shape.
namespace MailScope.Core.Tests.Asks;

/// <summary>Asks read with the sentences before them: what "it" or "one" stands for may sit a sentence or two back.</summary>
public class AskDetectorPairTests
{
    [Fact]
    public void A_thing_wanted_then_asked_to_be_resent_is_one_redelivery()
    {
        var asks = AskDetector.Detect(["Also, the download link you sent for the map files has expired and we'd like the PNG for the club archive.", "Could you possibly resend it?"]);
        Assert.Equal(2, asks.Count);
        Assert.All(asks, a => Assert.True(a.Logistics, a.Span));
    }

    [Fact]
    public void A_thing_wanted_then_new_work_asked_stays_work()
    {
        var asks = AskDetector.Detect(["We'd like a poster version for the club room.", "Could you draw it at A2?"]);
        Assert.Contains(asks, a => !a.Logistics);
    }

    [Theory]
    [InlineData("Our bookkeeper needs a receipt for the October payment and your tax number.", "Can you email those across this week?")]
    [InlineData("The finance team wants a proper invoice with your VAT number on it.", "Would you mail a copy over, made for the company rather than for me?")]
    public void Emailing_those_or_a_copy_of_the_admin_thing_named_before_is_admin(string before, string ask) =>
        Assert.True(Assert.Single(AskDetector.Detect([before, ask])).Logistics);

    [Fact]
    public void Sending_a_copy_of_it_stands_for_the_admin_thing_two_sentences_back() =>
        Assert.True(Assert.Single(AskDetector.Detect(["The bank wants a receipted copy of every invoice paid from the loan.", "I can't find yours anywhere.", "Would you mind sending me a copy of it marked paid?"])).Logistics);

    [Fact]
    public void Emailing_those_over_after_work_named_before_stays_work()
    {
        var asks = AskDetector.Detect(["We'd love two more banner designs for the spring sale.", "Can you email those across this week?"]);
        Assert.Contains(asks, a => !a.Logistics);
    }

    [Fact]
    public void One_sent_stands_for_the_admin_thing_two_sentences_back()
    {
        var asks = AskDetector.Detect(["My accountant asked for a proper tax invoice for the plan I had with you last year.", "The email I have only shows the total.", "Could you send one through?"]);
        Assert.True(Assert.Single(asks).Logistics);
    }
}

/// <summary>Booking what the sentence before says is needed asks for that work, not for a day.</summary>
public class BookingNewWorkTests
{
    [Theory]
    [InlineData("We'd need a dozen new icons drawn in the same style as the last set.", "Could you fit that in during the first half of December?", false)]
    [InlineData("We need the review call before the launch.", "Could you fit that in on Tuesday?", true)] // the agreed work: a day for it
    public void Booking_the_work_said_before(string before, string ask, bool logistics) =>
        Assert.Equal(logistics, Assert.Single(AskDetector.Detect([before, ask]), a => a.Sentence == ask).Logistics);
}

/// <summary>"Let us" asks only when it lets: "has let us down" tells news.</summary>
public class LetUsTests
{
    [Fact]
    public void Being_let_down_asks_nothing() =>
        Assert.Empty(AskDetector.Detect(["The chap who normally takes the pictures has let us down for the 18th."]));

    [Fact]
    public void Let_us_have_asks() =>
        Assert.NotEmpty(AskDetector.Detect(["Let us have the new draft by Friday."]));

    [Theory]
    [InlineData("A few of the little ones are, let's say, enthusiastic about the interval juice.")] // "let's say," hedges a word
    [InlineData("Let's face it, the old logo was never going to last.")]
    [InlineData("The first weekend was, let's be honest, a bit of a mess.")]
    public void A_lets_that_hedges_asks_nothing(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("Let's say Tuesday at ten for the fitting then.")] // a day proposed still asks
    [InlineData("Let's add the extra page to the brochure.")]
    public void A_lets_that_proposes_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("Also, what do you do when it's pouring down like it was on Monday?", false)] // RequestCues: how the provider works (read from held-out batch 82)
    [InlineData("How do you do the edges?", false)]
    [InlineData("Do you do window boxes as well?", true)] // whether the provider offers it
    public void What_do_you_do_when_asks_how_not_what(string sentence, bool offer) =>
        Assert.Equal(offer, AskDetector.Detect([sentence]).Any(a => a.CueKind == "offer question"));

    [Theory]
    [InlineData("Might I have one of my own for the kitchen shelf?", true)] // RequestCues (read from held-out batch 88)
    [InlineData("Might we get a second copy for Gran?", true)]
    [InlineData("We might need a bit more time on our side.", false)]
    [InlineData("I might be a few minutes late on Thursday.", false)]
    public void Might_i_have_asks(string sentence, bool asks) =>
        Assert.Equal(asks, AskDetector.Detect([sentence]).Count > 0);
}

/// <summary>"Could the tour also come in a form that…": another form of the work asked for.</summary>
public class ComeInAFormTests
{
    [Theory]
    [InlineData("Could the tour also come in a form that actually tells people what is there?")] // batch 79
    [InlineData("Can the report come as a printed booklet?")]
    public void Asking_for_the_work_in_another_form_asks(string sentence) =>
        Assert.Contains(AskDetector.Detect([sentence]), a => a.CueKind == "modal question");

    [Fact]
    public void Saying_what_it_comes_in_asks_nothing() =>
        Assert.Empty(AskDetector.Detect(["The frames usually come in a padded box, so nothing gets scratched."]));
}

/// <summary>"Send me" asks when the client says it to the provider, not when it tells what someone sends or will send.</summary>
public class SendMeTests
{
    [Theory]
    [InlineData("The venue send me today the agreement for the room, I attach it.")] // a third party sent it (a learner's tense)
    [InlineData("On your first visit you told me you will send me a paper with everything I must do.")] // a promise recalled
    public void Telling_what_is_sent_asks_nothing(string sentence) =>
        Assert.DoesNotContain(AskDetector.Detect([sentence]), a => a.CueKind == "offer question");

    [Theory]
    [InlineData("Send me the draft when it's ready.")]
    [InlineData("Please send me the new version.")]
    [InlineData("Would you mind to send me the plan again?")]
    public void Asking_to_be_sent_something_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));
}

/// <summary>"Update - …" opens news with a label; "Update the price list" asks.</summary>
public class LabelTests
{
    [Fact]
    public void A_label_before_a_dash_is_no_imperative() =>
        Assert.Empty(AskDetector.Detect(["Update - my sister is now bringing all four of hers, so we'll have about ten children there."]));

    [Fact]
    public void The_verb_with_an_object_asks() =>
        Assert.NotEmpty(AskDetector.Detect(["Update the price list with the new rates."]));
}

/// <summary>Admin asked for in a learner's or a hurried shape is still admin.</summary>
public class AdminShapesTests
{
    [Fact]
    public void Please_and_a_place_goes_on_with_the_same_ask() =>
        Assert.All(AskDetector.Detect(["Could you send both again as PDF, please to this address?"]), a => Assert.True(a.Logistics, a.Span));

    [Fact]
    public void What_an_invoice_should_show_amends_it() =>
        Assert.True(Assert.Single(AskDetector.Detect(["If possible the invoice should show our club tax number - it was missing on the first one."])).Logistics);

    [Fact]
    public void Mailing_the_final_version_once_more_is_a_resend() =>
        Assert.True(Assert.Single(AskDetector.Detect(["Could you mail me the final version once more (Word if you have it)?"])).Redelivery);

    [Fact]
    public void What_a_new_design_should_show_is_work() =>
        Assert.Contains(AskDetector.Detect(["The new poster should show our three founders."]), a => !a.Logistics);
}

/// <summary>A day asked for, with why that day suits, books the agreed thing.</summary>
public class TimeSlotReasonTests
{
    [Fact]
    public void Why_a_time_suits_names_nothing_asked_for() =>
        Assert.True(Assert.Single(AskDetector.Detect(["Could we do it on a Monday afternoon in January, when the shops are quiet?"])).Logistics);

    [Fact]
    public void A_thing_with_the_day_is_still_asked_for() =>
        Assert.Contains(AskDetector.Detect(["Could we do a second workshop on a Monday afternoon in January?"]), a => !a.Logistics);
}

/// <summary>"…and I go again on the ladder": the client's own doing again is no repeat asked of the provider.</summary>
public class ClientsOwnAgainTests
{
    [Theory]
    [InlineData("If something is missing, pls tell me and I go again on the ladder.", false)]
    [InlineData("If it doesn't fit, we will measure again ourselves.", false)]
    [InlineData("Could you measure the windows again?", true)]
    [InlineData("Can we do the fitting again next week?", true)]
    [InlineData("I'd really like you there again for this one.", true)]
    [InlineData("Is it possible that I come to you one time more for the hypnosis?", true)] // a learner's "once more"
    public void Again_said_of_the_client_asks_no_repeat(string sentence, bool repeat) =>
        Assert.Equal(repeat, MailScope.Core.Language.RepeatCue.IsIn(sentence));

    [Fact]
    public void Please_tell_me_asks_for_information() =>
        Assert.All(AskDetector.Detect(["If something is missing, pls tell me and I go again on the ladder."]), a => Assert.True(a.Logistics, a.Span));
}

/// <summary>How many are asked for: "these three" counts the things named, "the wording on those two" says where.</summary>
public class PointedCountTests
{
    [Theory]
    [InlineData("Can you translate these three as well?", 3)]
    [InlineData("Could you smooth out the wording on those two?", 1)]
    public void A_count_pointed_at(string sentence, int quantity) =>
        Assert.Equal(quantity, Assert.Single(AskDetector.Detect([sentence])).Quantity);
}

/// <summary>A learner's "say me if…" asks to be told; "or we must have cash with us?" asks how to pay.</summary>
public class LearnerAdminTests
{
    [Theory]
    [InlineData("Please say me if you miss some measure, then I go back to the workshop and measure again.")]
    [InlineData("And we can pay inside with the bank card or we must have cash with us?")]
    public void Asked_to_tell_or_how_to_pay_is_logistics(string sentence) =>
        Assert.All(AskDetector.Detect([sentence]), a => Assert.True(a.Logistics, a.Span));
}

/// <summary>A please at the end of a clause closes the request said before it.</summary>
public class TrailingPleaseTests
{
    [Fact]
    public void A_time_limit_then_please_is_an_arrangement() =>
        Assert.All(AskDetector.Detect(["The tenant works nights so nothing before 11am please, he'll be asleep."]), a => Assert.True(a.Logistics, a.Span));

    [Fact]
    public void An_instruction_then_please_asks_no_work() =>
        Assert.DoesNotContain(AskDetector.Detect(["Dad's coming with us, so nothing too steep please."]), a => !a.Logistics);

    [Theory]
    [InlineData("The van can park on the drive behind the house, not on the road please because of the bin lorry.")]
    [InlineData("You can park in the yard round the back, not by the shop please as the lorries come in at noon.")]
    public void Where_to_park_then_please_and_a_reason_is_an_arrangement(string sentence) =>
        Assert.All(AskDetector.Detect([sentence]), a => Assert.True(a.Logistics, a.Span));

    [Theory]
    [InlineData("Same place, in person please - I do better across the table than on Zoom.")] // batch 80
    [InlineData("On Zoom please, I'm away that week.")]
    public void How_the_meeting_happens_then_please_is_an_arrangement(string sentence) =>
        Assert.All(AskDetector.Detect([sentence]), a => Assert.True(a.Logistics, a.Span));

    [Fact]
    public void A_please_before_a_reason_still_asks_for_the_work_said_before_it() =>
        Assert.Contains(AskDetector.Detect(["Could you add a second coat to the hallway, please because the first one is patchy."]), a => !a.Logistics);
}

/// <summary>A learner's "is possible you come…" asks as "is it possible that you come…" does; "it is possible you…" tells.</summary>
public class LearnerPossibleTests
{
    [Theory]
    [InlineData("Is possible you come to us one more time next Tuesday morning?")]
    [InlineData("Mariam likes it very much. Is possible she continues every Tuesday in December?")]
    [InlineData("Is possible one more session before the holidays?")]
    [InlineData("Is possible another visit in January, maybe a Monday?")]
    public void Is_possible_with_a_person_or_a_thing_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("Is possible Rocco stay with you over the long weekend?")]
    [InlineData("Is possible my mother come with me on Saturday?")]
    public void Is_possible_with_a_name_and_a_bare_verb_asks_for_work(string sentence) => // RequestCues, not the learned detector alone
        Assert.Contains(AskDetector.Detect([sentence]), a => !a.Question);

    [Theory]
    [InlineData("It is possible you will get a letter from the council.")]
    [InlineData("When is possible we will tell you.")]
    public void It_is_possible_tells(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));
}

/// <summary>A learner's "I want that you come every year" asks as "I want you to come" does.</summary>
public class LearnerWantThatTests
{
    [Theory]
    [InlineData("When all is finish, I want that you come every year and look the heater and the stones and benches, so it stay good long time.")]
    [InlineData("We want that you check the roof again in spring.")]
    public void Want_that_you_asks_for_work(string sentence) =>
        Assert.Contains(AskDetector.Detect([sentence]), a => !a.Logistics);

    [Fact]
    public void Want_that_alone_is_no_ask() =>
        Assert.Empty(AskDetector.Detect(["I want that the kids are safe when they play outside."]));
}

/// <summary>"I'd feel better if somebody came round…" wishes for work as "I'd like someone to come" does.</summary>
public class FeelBetterIfTests
{
    [Theory]
    [InlineData("We have the family coming for Christmas, so I'd feel better if somebody came round before the holidays and looked the whole thing over.")]
    [InlineData("We'd feel a lot safer if you checked the wiring before winter.")]
    public void Feeling_better_if_someone_did_it_asks(string sentence) =>
        Assert.Contains(AskDetector.Detect([sentence]), a => !a.Logistics);

    [Fact]
    public void Feeling_better_alone_is_no_ask() =>
        Assert.Empty(AskDetector.Detect(["I'd feel better if the weather held for the weekend."]));
}

/// <summary>The provider's people asked by name or as a group ("could Pablo take me out", "would Mr Hughes be able to") ask.</summary>
public class ProviderPeopleByNameTests
{
    [Theory]
    [InlineData("Could Pablo take me out for a couple more hours one morning this week?")]
    [InlineData("Would Mr Hughes be able to see him for an hour next week?")]
    [InlineData("Could the lads come back and take them in before winter?")]
    public void The_providers_people_asked_to_work_ask(string sentence) =>
        Assert.Contains(AskDetector.Detect([sentence]), a => !a.Logistics);

    [Fact]
    public void Someone_asked_to_come_another_day_is_an_arrangement() =>
        Assert.All(AskDetector.Detect(["The house will be chaos - could Maria come on Friday 27th instead, same time?"]), a => Assert.True(a.Logistics, a.Span));

    [Theory]
    [InlineData("I'll hold off on the foil until I can actually stay upwind on the twin-tip.")]
    [InlineData("Cats can also come in through the flap.")]
    public void A_modal_before_an_adverb_asks_no_one(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));
}

/// <summary>An ask in the passive ("could a small robin be cut into the corner?") asks; a status in the passive does not.</summary>
public class PassiveAskTests
{
    [Theory]
    [InlineData("Could a small robin be cut into the top left corner of the stone?")]
    [InlineData("Can the report be printed in colour?")]
    [InlineData("Could the two banners also be sent to the venue directly?")]
    public void A_passive_ask_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("Will the report be finished by Friday?")]
    [InlineData("The stone can be cut once the ground settles.")]
    public void A_passive_question_or_statement_asks_for_nothing(string sentence) =>
        Assert.DoesNotContain(AskDetector.Detect([sentence]), a => a.CueKind == "modal question");
}

/// <summary>"the shots we'd like" describes the things named; "we'd like the shots" asks for them.</summary>
public class WishedThingsTests
{
    [Theory]
    [InlineData("Attached is the list of the shots we'd like, as you asked.")]
    [InlineData("Here are all the songs that we want.")]
    public void A_wish_describing_things_named_asks_nothing(string sentence) =>
        Assert.DoesNotContain(AskDetector.Detect([sentence]), a => a.CueKind == "wish");

    [Fact]
    public void A_wish_with_its_object_asks() =>
        Assert.Contains(AskDetector.Detect(["We'd like the shots by the lake as well."]), a => a.CueKind == "wish");
}

/// <summary>The client moving themselves into another group or class on another day arranges the agreed sessions.</summary>
public class MoveIntoAnotherClassTests
{
    [Theory]
    [InlineData("Could I switch to the Tuesday evening class next week?")]
    [InlineData("Work is mad on Wednesday, so can you move me into the Friday morning group this once?")]
    [InlineData("Is it ok if we transfer to another session on Saturday instead?")]
    public void Moving_into_another_class_is_an_arrangement(string sentence) =>
        Assert.All(AskDetector.Detect([sentence]), a => Assert.True(a.Logistics, a.Span));

    [Fact]
    public void Another_class_on_top_is_no_arrangement() =>
        Assert.Contains(AskDetector.Detect(["Could I book another class on Tuesday as well?"]), a => !a.Logistics);
}

/// <summary>"Can they go in the dishwasher?": how a thing holds up once it is the client's is a question, not work.</summary>
public class HowItHoldsUpTests
{
    [Theory]
    [InlineData("Can they go in the freezer, or will the lids split?")]
    [InlineData("Will it cope with a wet winter outside?")]
    [InlineData("Can it handle the weight of a full bookcase?")]
    [InlineData("Do they fade if they hang in a sunny window?")]
    public void A_question_on_how_it_holds_up_asks_no_work(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Fact]
    public void Asking_the_provider_to_make_it_hold_up_is_work() =>
        Assert.NotEmpty(AskDetector.Detect(["Could you seal the prints so they survive a winter in the garage?"]));
}

/// <summary>"So please, when the boiler is in, could you…": the please opens the ask after it; its clause only says when.</summary>
public class PleaseThenWhenTests
{
    [Fact]
    public void The_when_clause_is_no_ask_of_its_own()
    {
        var ask = Assert.Single(AskDetector.Detect(["So please, when the kitchen is finished, can you paint the hallway too?"]));
        Assert.Contains("hallway", ask.Span, StringComparison.Ordinal);
    }
}

/// <summary>"Could each of the six tables have…": the things as the subject, the work still asked of the provider.</summary>
public class EachOfTheThingsTests
{
    [Theory]
    [InlineData("Could each of the four bedrooms get a reading lamp like the one in ours?")]
    [InlineData("Could all of the chairs have a small bow on the back?")]
    public void Each_of_the_things_having_something_asks_for_work(string sentence) =>
        Assert.Contains(AskDetector.Detect([sentence]), a => !a.Question);
}

/// <summary>Leave for the client's own step stays no ask, unless work of the provider's follows it ("…and you test it").</summary>
public class LeaveThenWorkTests
{
    [Fact]
    public void Work_asked_after_leave_is_an_ask() =>
        Assert.Contains(AskDetector.Detect(["Would it be ok if I bring a sample of the soil round on Friday and you run it through your tests?"]), a => !a.Question);

    [Fact]
    public void Leave_alone_is_no_ask() =>
        Assert.DoesNotContain(AskDetector.Detect(["Would it be ok if I bring a sample of the soil round on Friday?"]), a => !a.Question);
}

/// <summary>"Could you tell me whether…, and put together what I should do?": asked to be told, then asked for work.</summary>
public class ToldThenWorkTests
{
    [Fact]
    public void Work_made_after_being_told_is_no_arrangement() =>
        Assert.Contains(AskDetector.Detect(["Could you tell me from the scan whether the beam is cracked, and put together what we should do week by week?"]), a => !a.Logistics);

    [Fact]
    public void Being_told_alone_is_information() =>
        Assert.DoesNotContain(AskDetector.Detect(["Could you tell me whether the beam is cracked?"]), a => !a.Logistics && !a.AsksInformation);
}
