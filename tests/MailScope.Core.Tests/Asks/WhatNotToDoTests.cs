using MailScope.Core.Asks;

namespace MailScope.Core.Tests.Asks;

/// <summary>What not to do, the client's own presence, and moving a booked session in other verbs (read from held-out batch 55).</summary>
public class WhatNotToDoTests
{
    [Theory]
    [InlineData("My husband made the border before he passed, so please the truck not go over it.")]
    [InlineData("pls pls dont tell him")]
    [InlineData("Please don't park on the lawn.")]
    [InlineData("I'd like to be there when he walks the property so I can point out where the lights are.")]
    [InlineData("I'd really like to be home when the heater goes in (Markus can't take the day off).")]
    [InlineData("So please leave everything as it is.")]
    [InlineData("On the box labels my father wrote the years in pencil, please keep the order like this if possible.")] // how to do the work
    [InlineData("Our dog is in the garden, please close always the gate.")]
    [InlineData("Tell me if you need other photos, from the garden side also.")]
    [InlineData("Let us know if you need any more measurements.")]
    [InlineData("We are going down to Lorne for a long weekend and I would love to get into the surf.")]
    [InlineData("Want to get it right before the 28th.")]
    [InlineData("So please, nothing to do from your side on this.")] // read from held-out batch 86
    [InlineData("There's nothing for you to do on your end, I'll ring them myself.")]
    [InlineData("If you need to send something by post or come for see me, please go to Phibsborough this days, I am there all the day.")] // read from held-out batch 91
    [InlineData("If you need me on the day, just ring the office line.")]
    [InlineData("Please keep clear of Dock A at 2pm on the 19th, linen is coming in then and they will not wait.")] // read from held-out batch 92
    [InlineData("Please stay away from the rose bed by the gate.")]
    [InlineData("Please keep this between us for now as it's meant to be a surprise.")] // read from held-out batch 92
    [InlineData("I found the picture she saved on her phone (she doesn't know I looked, please keep secret haha).")] // batch 108
    [InlineData("Keep it a secret from Dad until the party, please.")]
    [InlineData("Is for to wear around the neck in the winter, not too wide please, maybe 30 cm like we say.")] // how the agreed work should be (batch 108)
    [InlineData("Nothing too dark please, it's for a nursery.")]
    [InlineData("I've dropped the latest model output into the shared folder so you can have a look beforehand if you get a chance, no pressure.")] // read from the labelled set (statistician)
    [InlineData("Post or a scan back would both do.")] // a noun offered as one of two ways (griefcounsel)
    [InlineData("Also can I still do the cat-cow exercise from your sheet today or better I rest?")] // the client's own step (read from the labelled set, osteopath)
    [InlineData("We'd like to just post one answer on the wall next to the kilns.")] // read from held-out batch 91
    [InlineData("I'd like to put a line about it in Friday's staff note.")]
    [InlineData("So nothing you need to do now, and don't answer to her please, she is very enthusiastic.")] // read from held-out batch 95
    [InlineData("Don't reply to him yet please.")]
    [InlineData("Brian says you can go up the tower if you don't mind the ladder.")] // a condition, no wish (batch 95)
    [InlineData("You're welcome to park on the drive if you don't mind the dog barking.")]
    [InlineData("The elements she must show is in the second part of paper.")] // another's own test (read from held-out batch 96)
    [InlineData("The pieces they must have ready are listed on page two.")]
    public void What_not_to_do_or_being_there_asks_for_no_work(string sentence) =>
        Assert.Empty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("Could you send the draft over, if you don't mind.")]
    [InlineData("If you don't mind sending the invoice again, that would help.")]
    [InlineData("The programme must show the sponsor's logo on the back.")] // how the work must look
    public void A_please_or_a_dont_mind_that_asks_still_asks(string sentence) =>
        Assert.NotEmpty(AskDetector.Detect([sentence]));

    [Theory]
    [InlineData("Could we slide it to the Saturday after, the 28th?")]
    [InlineData("Could we push our practice run for the Galway panel to Monday 30th instead?")]
    [InlineData("Could we push the two days to the week after, Tuesday 15 and Wednesday 16 December?")] // read from batch 64
    [InlineData("Can we move the fitting days to the week of the 14th?")]
    [InlineData("Can we push our Thursday to the week after, 26th, same time?")] // read from batch 75
    [InlineData("Could we move my Friday to the one after?")]
    [InlineData("Could we push you coming out to the house to the following Tuesday, the 24th, instead?")] // read from batch 77
    [InlineData("Can we push to the Friday after, the 27th, same time?")] // read from batch 86
    [InlineData("Could we shift to the Monday after?")]
    [InlineData("Could you move with us?")] // after the client's own booking moved (read from held-out batch 87)
    [InlineData("Could we push our hour to the following week instead?")] // read from held-out batch 89
    [InlineData("Can we shift my Tuesday lesson to the next month?")]
    public void Moving_a_booked_session_is_scheduling(string sentence) =>
        Assert.Contains(AskDetector.Detect([sentence]), a => a.Logistics);

    [Theory]
    [InlineData("Is it easier for you if I just paste everything into the body of the email, or shall I type it up in a Word document and attach it?")] // read from held-out batch 95
    [InlineData("Can I send them straight off my phone as they are?")]
    [InlineData("Should we upload the files to your portal or email them?")]
    public void How_the_client_sends_material_is_logistics(string sentence) =>
        Assert.All(AskDetector.Detect([sentence]), a => Assert.True(a.Logistics));

    [Theory]
    [InlineData("Can I send you the old brochure so you can design a new one from it?")]
    public void Material_sent_for_new_work_still_asks_for_it(string sentence) =>
        Assert.Contains(AskDetector.Detect([sentence]), a => !a.Logistics);

    [Theory]
    [InlineData("Only rope toy please, she has eaten half of the tennis ball last week and we were very afraid.")] // read from batch 82
    [InlineData("No onions please, my son won't touch them.")]
    [InlineData("No roses on the front tables please, the scent fights with the food.")] // read from held-out batch 103
    [InlineData("No glitter near the dance floor please.")]
    [InlineData("Please do it like in the list from next Monday on.")]
    [InlineData("Please do them exactly the way we agreed on the phone.")]
    [InlineData("Please come in through the garden gate on Lindenstrasse, code 2412, and then the side door by the kitchen.")] // read from batch 83
    [InlineData("The crest please only in navy, not in the gold, it looks better on the cream card.")] // read from batch 85
    [InlineData("Please just in black and white.")]
    [InlineData("The pecorino please leave in Italian, it is the name of the cheese.")] // read from held-out batch 104
    [InlineData("Those two street names please keep as written, they are local.")]
    public void What_to_leave_out_or_the_way_to_do_it_is_no_more_work(string sentence) =>
        Assert.All(AskDetector.Detect([sentence]), a => Assert.True(a.Logistics));

    [Theory]
    [InlineData("Please do it like the one you made for my sister, in blue.")] // a repeat of other work, not a way of doing this one
    public void Other_work_named_as_the_way_still_asks(string sentence) =>
        Assert.Contains(AskDetector.Detect([sentence]), a => !a.Logistics);

    [Theory]
    [InlineData("If you need to, could you also paint the shed?")] // the condition is no place to find the client
    [InlineData("If you need anything, please repaint the gate as well.")]
    [InlineData("I'd like to put in an order for two more boxes.")]
    [InlineData("Could you paint the shed as well if you get a chance?")]
    [InlineData("Post the signed form back to me or email it.")]
    [InlineData("Can we still do the second session this week or should we wait for the new date?")]
    [InlineData("Please keep the gate painted in the same green.")]
    public void Work_asked_beside_those_words_still_asks(string sentence) =>
        Assert.Contains(AskDetector.Detect([sentence]), a => !a.Logistics);

    [Fact]
    public void Please_with_work_after_a_dont_still_asks() =>
        Assert.Contains(AskDetector.Detect(["Please don't wait for me - could you also paint the shed?"]), a => !a.Logistics);
}
