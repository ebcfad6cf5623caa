"""Held-out messages, written after the judgement was tuned on tests/corpus and never tuned on.
python3 heldout.py writes trainer/ and translator/ (mail/*.eml and labels.tsv)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'corpus', 'source'))
from mkeml import write_books

MA = ("marcus.bell@example.com", "Marcus Bell")
TA = ("tgreene@example.org", "Tanya Greene")
RA = ("ravi.shah@example.net", "Ravi Shah")
TRAINER = [
("t01", MA, "next week", "text", """Yo coach,

Program's done but I'm not ready to stop. Can we keep going with a couple more sessions next week while I figure out what's next?

Marcus""", "over_quota"),
("t02", MA, "scan", "text", """Hey, when's good for my second body scan? Want to see if the last 3 months paid off.

M""", "in_scope"),
("t03", MA, "knee", "text", """Coach - my left knee has been clicking and aching after squats. Any chance you could put together a rehab routine for it?

Marcus""", "outside_expertise"),
("t04", MA, "Thanks man", "text", """Down 11 kg and deadlifting 180. Couldn't have done it without you. Seriously, thank you.

Marcus""", "no_request"),
("t05", MA, "gf", "text", """Hi! My girlfriend wants to join one of our sessions to see what the fuss is about - would that be ok? She'd just train alongside me.

Marcus""", "out_of_scope"),
("t06", TA, "Program update", "text", """Hi Coach,

I'm moving to a gym with no barbells next month. Could you redo my program for dumbbells and machines only?

Tanya""", "over_quota"),
("t07", TA, "form", "text", """Hey! Filmed my deadlift today, it feels weird on my lower back. Could you watch the video and check my form?

Tanya""", "out_of_scope"),
("t08", TA, "app", "text", """Hi, the app keeps logging me out every time I open it. Is it just me?

Tanya""", "no_request"),
("t09", TA, "Re: October", "text", """Got it, thanks for explaining! I'll stick to the plan.

Tanya

On Thu, Oct 29, 2026 at 7:10 PM Iron & Oak <coach@ironoak.example> wrote:
> A new meal plan would be an add-on.
> > Could you also write me a vegan meal plan?""", "no_request"),
("t10", TA, "diabetes", "text", """Hi coach, I was just diagnosed with type 2 diabetes. Can you adjust my nutrition for that? My doctor said to be careful with carbs.

Tanya""", "outside_expertise"),
("t11", TA, "quick q", "text", """Hey - how many rest days should I be taking between leg days? I keep getting sore.

Tanya""", "in_scope"),
("t12", RA, "Thursday", "text", """Hi, could we move Thursday's session to 7am? I have a flight at noon.

Ravi""", "in_scope"),
("t13", RA, "wife", "text", """Hello,

My wife would love to train with me once a week. Could we make some of my sessions partner sessions?

Regards,
Ravi""", "out_of_scope"),
("t14", RA, "macros", "text", """Hi,

I've been feeling tired in the afternoons. Could you tweak my macros a little? Maybe more carbs before training.

Ravi""", "over_quota"),
("t15", RA, "weekly update", "text", """Weekly check-in: weight 84.2, slept ok, hit all 3 sessions. Legs were sore after Tuesday.

Ravi""", "no_request"),
("t16", RA, "Supplements", "text", """Hi coach, should I be taking creatine? If yes, which brand do you trust?

Ravi""", "in_scope"),
("t17", RA, "Extra", "text", """Hi, I'm travelling for two weeks in December. Could you give me a hotel-gym workout I can do on my own while I'm away?

Ravi""", "out_of_scope"),
("t18", ("promo@proteinshop.example", "Protein Shop"), "20% off", "text", """Stock up on whey before the holidays - 20% off everything this weekend only.""", "not_a_client"),
("t19", RA, "Back", "text", """Hi,

My lower back has been in pain since Monday's deadlifts, not sure if I should train. Do you know a good physio?

Ravi""", "outside_expertise"),
("t20", RA, "Re: session", "text", """Thanks for today, that finisher nearly killed me! See you Thursday.

Ravi

Sent from my Galaxy""", "no_request"),
("t21", RA, "Session", "text", """Hi! Are we still on for our session tomorrow at 6?

Ravi""", "in_scope"),
("t22", MA, "program", "text", """Hey coach, now that we're done could you write me a program I can follow on my own for the next 3 months?

Marcus""", "out_of_scope"),
]

KH = ("marketing@kaffeehaus.example", "Julia Baum")
KH2 = ("t.krause@kaffeehaus.example", "Tobias Krause")
EL = ("elena.petrova@example.com", "Elena Petrova")
TRANSLATOR = [
("l01", KH, "New pages", "text", """Hello team,

We added two new pages to the website (the wholesale page and the café locations). Could you translate them as well? About 900 words in total.

Best regards,
Julia Baum""", "over_quota"),
("l02", KH, "Proofreading", "text", """Hi,

We've gone through the English texts and marked a few things in the document. Could you do the proofreading round now?

Julia""", "in_scope"),
("l03", KH, "French", "text", """Hello,

Our French distributor asked if we could have the site in French too. Would that be possible?

Julia""", "out_of_scope"),
("l04", KH2, "Trade fair", "text", """Hi there,

We're exhibiting at a coffee fair in London in March. Could someone from your team come along and interpret for us at the stand?

Tobias Krause
Head of Sales""", "outside_expertise"),
("l05", KH, "Brochure", "text", """Hi,

Could you also lay out the English brochure in InDesign so it looks like the German one? Our designer is on parental leave.

Julia""", "outside_expertise"),
("l06", KH, "Thank you", "text", """Dear team,

The English site is live and our UK customers love it. Thank you for the careful work!

Julia""", "no_request"),
("l07", KH, "Invoice", "text", """Hello, could you please send the invoice to accounting@kaffeehaus.example instead of to me? Thank you!

Julia""", "in_scope"),
("l08", KH2, "urgent", "text", """Hi,

We need the English version of our new product sheet (1 page) by tomorrow morning for a buyer meeting. Can you do it?

Tobias""", "out_of_scope"),
("l09", KH, "Glossary", "text", """Hi, one question about the glossary: should "Röstgrad" be "roast level" or "roast degree"? We've seen both.

Julia""", "in_scope"),
("l10", KH, "SEO", "text", """Hi,

Our agency says we should research English keywords so people in the UK find us on Google. Is that something you could help with?

Julia""", "out_of_scope"),
("l11", KH, "Re: Delivery", "text", """Great, thanks. We'll review it next week.

Julia

Am 20.11.2026 um 10:02 schrieb Lingua Bridge <team@linguabridge.example>:
> Here are the translated pages.
> > Could you also translate the blog?""", "no_request"),
("l12", KH2, "Newsletter", "text", """Hello,

From January we'd like to send our monthly newsletter in English too. Could you translate it every month?

Tobias""", "out_of_scope"),
("l13", EL, "Documents", "text", """Dear team,

Attached are my diploma and my transcript. Could you translate both and certify them?

Kind regards,
Elena Petrova""", "in_scope"),
("l14", EL, "More documents", "text", """Hello,

The immigration office now also wants my birth certificate, my marriage certificate and my police clearance. Can you translate these three as well?

Elena""", "over_quota"),
("l15", EL, "Interpreter", "text", """Hello,

I have my appointment at the immigration office on 12 December. Could you come with me and interpret? My German is not good enough yet.

Elena""", "outside_expertise"),
("l16", EL, "Apostille", "text", """Hello, does my diploma need an apostille before you translate it? I am confused by the rules.

Elena""", "in_scope"),
("l17", EL, "Pick up", "text", """Good morning, can I pick up the certified copies on Friday afternoon at your office?

Elena""", "in_scope"),
("l18", EL, "CV", "text", """Hello,

While you are at it, could you also translate my CV into German? I want to start applying for jobs.

Elena""", "out_of_scope"),
("l19", EL, "Thanks", "text", """Dear team, the office accepted all documents. Thank you very much for the fast help!

Elena""", "no_request"),
("l20", ("newsletter@translatorsguild.example", "Translators Guild"), "December meetup", "text", """Join us for the December meetup of freelance translators in Berlin.""", "not_a_client"),
("l21", KH, "Menu", "text", """Hi,

Just FYI: we changed the prices on the menu page in German. I already updated the English prices myself, so nothing to do for you.

Julia""", "no_request"),
("l22", KH2, "Packaging", "text", """Hello,

Could you translate the texts on our new coffee bags as well? It's short, maybe 150 words, but we need them checked for UK labelling rules too.

Tobias""", "out_of_scope"),
]

books = {'trainer': (TRAINER, 'Iron & Oak <coach@ironoak.example>'),
         'translator': (TRANSLATOR, 'Lingua Bridge <team@linguabridge.example>')}
print(write_books(os.path.dirname(HERE), books, 'Tue', 30))
