"""Third held-out batch (piano teacher, social media manager), written after the second round of fixes.
python3 heldout3.py writes music/ and social/ (mail/*.eml and labels.tsv)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'corpus', 'source'))
from mkeml import write_books

SA = ("sabine.koch@example.de", "Sabine Koch")
TW = ("tom.weber@example.de", "Tom Weber")
MUSIC = [
("m01", SA, "Extra Stunde", "text", """Dear Ms Voss,

Mia has her school concert on 12 December and is a bit nervous. Could she have one more lesson before then to practise her piece?

Best regards,
Sabine Koch""", "over_quota"),
("m02", SA, "Concert", "text", """Hello Clara,

Would you be willing to accompany Mia on the piano at the school concert? She is singing a solo.

Sabine""", "out_of_scope"),
("m03", SA, "Sick", "text", """Hi Clara, Mia is sick today, so she can't come to her lesson this afternoon. Sorry for the short notice!

Sabine""", "no_request"),
("m04", SA, "Violin", "text", """Hello,

Mia's little brother would like to start violin. Do you also teach violin, or can you recommend a teacher?

Sabine""", "outside_expertise"),
("m05", SA, "Tuning", "text", """Hi Clara,

Our piano at home sounds terrible. When you come next could you tune it? Or do you know someone?

Sabine""", "outside_expertise"),
("m06", SA, "Practice plan", "text", """Hello, could you send Mia's practice plan for the holidays? She wants to keep going over Christmas.

Sabine""", "in_scope"),
("m07", SA, "Song", "text", """Hi Clara!

Mia is obsessed with a song from a film. Could you write out an easy piano version of it for her? She'd be over the moon.

Sabine""", "out_of_scope"),
("m08", SA, "Thanks", "text", """Dear Clara, thank you for the lovely recital on Saturday. Mia was so proud. See you next term!

Sabine""", "no_request"),
("m09", SA, "Invoice", "text", """Hello, could you send me the invoice for the spring term? Thank you.

Sabine""", "in_scope"),
("m10", SA, "Re: Schedule", "text", """Wednesday at 4 is perfect, thank you.

Sabine

Am Mo., 23. Nov. 2026 um 09:00 Uhr schrieb Clara Voss <clara@vosspiano.example>:
> Which day works best for the new term?
> > Could Mia get an extra lesson every week?""", "no_request"),
("m11", TW, "Mock exam", "text", """Hi Clara,

Can we do the second mock exam in two weeks? I want to see where I stand before the real thing.

Tom""", "in_scope"),
("m12", TW, "Registration", "text", """Hi, have you registered me for the Grade 6 exam yet? The deadline is 15 December.

Tom""", "in_scope"),
("m13", TW, "Extra mock", "text", """Hi Clara,

After the second mock exam could we do a third one as well? I get very nervous and more practice would help.

Tom""", "over_quota"),
("m14", TW, "Theory", "text", """Hi, I'm struggling with the theory part - intervals and cadences. Could we spend part of next lesson on that?

Tom""", "in_scope"),
("m15", TW, "Guitar", "text", """Hey Clara, random question: would you teach me some guitar too? I just got one for my birthday.

Tom""", "outside_expertise"),
("m16", TW, "Recording", "text", """Hi,

For my university application I need a video recording of me playing two pieces. Could you film and edit it for me at the studio?

Tom""", "out_of_scope"),
("m17", TW, "Lesson", "text", """Hi Clara, can we move Thursday's lesson to Friday at 5? I have a school trip.

Tom""", "in_scope"),
("m18", TW, "Score", "text", """Hi! Could you arrange the Game of Thrones theme for piano so I can play it at my cousin's wedding? And would you be able to come and play along with me there?

Tom""", "out_of_scope"),
("m19", ("newsletter@musicshop.example", "Music Shop"), "Winter sale", "text", """Winter sale: 20% on all digital pianos this week only.""", "not_a_client"),
("m20", TW, "ok", "text", """Thanks for today's lesson, I'll practise the scales every day this week like you said.

Tom""", "no_request"),
]

MY = ("maya@greenbowl.example", "Maya Chen")
MY2 = ("kitchen@greenbowl.example", "Green Bowl Kitchen")
RB = ("rob@fitlab.example", "Rob Miller")
SOCIAL = [
("s01", MY, "More posts", "text", """Hi team,

We're launching our winter menu next week. Could you do a few extra posts about it this month? I know we've used up our 12.

Maya""", "over_quota"),
("s02", MY, "TikTok", "text", """Hey! Our younger customers are all on TikTok. Could you set up and run a TikTok account for us too?

Maya""", "over_quota"),
("s03", MY, "Photos", "text", """Hi,

Our food photos are all from my phone. Do you know someone who could do a proper shoot of the new dishes?

Maya""", "outside_expertise"),
("s04", MY, "Report", "text", """Hi, when will the November analytics report be ready? Would love to see how the giveaway did.

Maya""", "in_scope"),
("s05", MY, "Reel", "text", """Hi!

I filmed a few clips of our barista making latte art. Could you turn them into a reel for Instagram?

Maya""", "out_of_scope"),
("s06", MY, "Comments", "text", """Hi,

We're getting lots of comments and DMs now (great!) but I can't keep up. Could your team reply to them for us?

Maya""", "out_of_scope"),
("s07", MY, "Website", "text", """Hi, while you're at it, could you also update the menu on our website? It's on WordPress.

Maya""", "outside_expertise"),
("s08", MY2, "Specials", "text", """Hello! This is the kitchen team. Here are this week's specials for the posts: pumpkin soup, miso bowl and chai cake. Photos are in the shared folder.

Green Bowl Kitchen""", "no_request"),
("s09", MY, "Ads", "text", """Hi,

Could we boost the Christmas post with a bit of money so more locals see it? Maybe 100 dollars?

Maya""", "out_of_scope"),
("s10", MY, "Thanks", "html", """<p>Hi team,</p><p>The giveaway got 300 new followers in a week. You are amazing, thank you!</p><p>Maya</p>""", "no_request"),
("s11", MY, "Call", "text", """Hi, can we book our December strategy call? Any morning next week works.

Maya""", "in_scope"),
("s12", MY, "Re: Content calendar", "text", """Approved, looks great!

Maya

-----Original Message-----
From: Brightside Social <team@brightside.example>
Sent: Friday, November 20, 2026 2:00 PM
Subject: Content calendar

Here's the December calendar for approval.
> Could you also do posts for our catering service?""", "no_request"),
("s13", MY, "Caption", "text", """Hi, small thing: on yesterday's post there's a typo in the caption ("expresso"). Could you fix it?

Maya""", "in_scope"),
("s14", MY, "Newsletter", "text", """Hi,

Could you write our monthly email newsletter too? We have about 800 subscribers.

Maya""", "out_of_scope"),
("s15", RB, "January", "text", """Hey Brightside,

Can you schedule the January challenge posts? I'll send the graphics this week.

Rob""", "out_of_scope"),
("s16", RB, "Thanks for everything", "text", """Hi team, just wanted to say thanks for the last six months. We grew a lot. Might come back in spring!

Rob""", "no_request"),
("s17", RB, "Stories", "text", """Hi, could you post a few stories about our new opening hours this week?

Rob""", "out_of_scope"),
("s18", MY, "Out of office", "text", """Out of office: I'm on holiday until 2 January. For urgent matters please call the cafe.

Maya""", "no_request"),
("s19", MY, "LinkedIn", "text", """Hi,

We'd like to be on LinkedIn as well for our catering business. Would you be able to manage that account too, alongside Instagram?

Maya""", "over_quota"),
("s20", MY, "Insights", "text", """Hi, quick question - which time of day is best for us to post? Just curious what the data says.

Maya""", "in_scope"),
]

books = {'music': (MUSIC, 'Clara Voss <clara@vosspiano.example>'),
         'social': (SOCIAL, 'Brightside Social <team@brightside.example>')}
print(write_books(os.path.dirname(HERE), books, 'Thu', 5))
