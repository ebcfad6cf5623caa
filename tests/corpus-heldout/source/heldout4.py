"""Fourth held-out batch (copywriter, gardener), written after the third round of fixes.
python3 heldout4.py writes copywriter/ and garden/ (mail/*.eml and labels.tsv)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'corpus', 'source'))
from mkeml import write_books

PR = ("priya@orbitapp.example", "Priya Shah")
PR2 = ("marketing@orbitapp.example", "Orbit Marketing")
BA = ("ben@kettleco.example", "Ben Archer")
COPY = [
("k01", PR, "One more?", "text", """Hi!

The four articles did really well. Could you squeeze in one more this month about our new integrations?

Priya""", "over_quota"),
("k02", PR, "Edits", "text", """Hi, I've left comments on the third article. Could you do another pass on it? Mostly the intro.

Priya""", "over_quota"),
("k03", PR2, "Newsletter", "text", """Hello Inkwell,

We'd like to turn the best article into our December newsletter. Can you write that for us?

Orbit Marketing""", "out_of_scope"),
("k04", PR, "German", "text", """Hi, our German customers keep asking for content. Could you translate the articles into German?

Priya""", "outside_expertise"),
("k05", PR, "Thanks", "text", """Thank you for the articles, our organic traffic is up 40%! Will be in touch about next quarter.

Priya""", "no_request"),
("k06", PR, "Images", "text", """Hey,

Would you be able to make some header images for the articles too? Something simple in our brand colours.

Priya""", "outside_expertise"),
("k07", PR, "Case study", "text", """Hi Inkwell,

One of our customers agreed to a case study! Would you interview them and write it up?

Priya""", "out_of_scope"),
("k08", PR, "Publishing", "text", """Hi, quick one - do you publish the articles on our blog yourself, or do we do that?

Priya""", "in_scope"),
("k09", PR, "Keep going", "text", """Hi,

We'd love to keep this going after December - three articles a month sounds about right. What would that look like?

Priya""", "out_of_scope"),
("k10", PR, "Re: Article 4", "text", """Perfect, approved. Thanks!

Priya

On Tue, 24 Nov 2026 at 11:20, Inkwell Copy <write@inkwellcopy.example> wrote:
> Here's the final version of article 4.
> > Could you also write a short LinkedIn post for each article?""", "no_request"),
("k11", BA, "About page", "text", """Hi,

Here's our feedback on the About page draft - could you make it a bit warmer and mention our founder's story?

Ben""", "in_scope"),
("k12", BA, "Two more pages", "text", """Hi,

We're adding a wholesale page and a FAQ page to the site. Could you write copy for those two as well?

Ben""", "in_scope"),
("k13", BA, "Product descriptions", "text", """Hello,

Could you also write descriptions for our 30 products in the shop? They're only a few lines each.

Ben""", "out_of_scope"),
("k14", BA, "Call", "text", """Hi Inkwell, are you free for a quick call on Thursday to talk through the tone of voice guide?

Ben""", "no_request"),
("k15", BA, "Logo", "text", """Hi,

Our logo doesn't really match the new voice. Do you work with any designers you'd recommend?

Ben""", "outside_expertise"),
("k16", BA, "Invoice", "text", """Hi, the invoice says 2,300 but we agreed 2,500, can you check? Happy to pay the right amount.

Ben""", "in_scope"),
("k17", BA, "Tone guide", "text", """Hi,

When do you expect the tone of voice guide to be ready? Our new hire starts on the 7th.

Ben""", "in_scope"),
("k18", BA, "Emails", "text", """Hi,

Would you write a welcome email sequence for new subscribers? Maybe three emails.

Ben""", "out_of_scope"),
("k19", BA, "Typo", "text", """Hi, there's a typo on the homepage copy you sent ("recieve"). Could you correct it and resend?

Ben""", "in_scope"),
("k20", ("jobs@contentagency.example", "Content Agency"), "Freelance work", "text", """Hi, we're looking for freelance writers for our agency. Would you be interested?""", "not_a_client"),
]

JH = ("joan.harper@example.com", "Joan Harper")
SE = ("sam.ellis@example.org", "Sam Ellis")
GARDEN = [
("g01", JH, "December", "text", """Hello,

The season is over but the garden still looks messy. Could you come round once more before Christmas for a tidy-up?

Joan""", "over_quota"),
("g02", JH, "Tree", "text", """Hi,

The big ash tree at the back is leaning towards the fence after the storm. Could you take it down?

Joan""", "outside_expertise"),
("g03", JH, "Thank you", "text", """Thank you for all your hard work this year, the garden has never looked better.

Joan""", "no_request"),
("g04", JH, "Next year", "text", """Hi, we'd like to sign up again for next year. Could you send me the details for the year-round plan?

Joan""", "out_of_scope"),
("g05", JH, "Invoice", "text", """Hi, I think I paid the November invoice twice. Could you check?

Joan""", "in_scope"),
("g06", JH, "Patio", "text", """Hello,

While you're here, would you mind giving the patio a jet wash? It's very green.

Joan""", "out_of_scope"),
("g07", SE, "Plants", "text", """Hi,

The plan looks amazing. When can you start the planting of the new beds? Any week in March works for us.

Sam""", "in_scope"),
("g08", SE, "Pond", "text", """Hi,

We've been dreaming about a small pond at the end of the garden. Could you add one to the design?

Sam""", "over_quota"),
("g09", SE, "Patio slabs", "text", """Hi,

Could your team also lay the new patio by the kitchen door? We've chosen the slabs already.

Sam""", "outside_expertise"),
("g10", SE, "Visit", "text", """Hi, could you do a maintenance visit next week? The lawn needs its first cut.

Sam""", "in_scope"),
("g11", SE, "Tulips", "text", """Hi! Would it be possible to plant some tulips along the path? My wife loves them.

Sam""", "out_of_scope"),
("g12", SE, "Thursday", "text", """Hi, can we push Thursday's visit to Friday? We have guests.

Sam""", "in_scope"),
("g13", SE, "Question", "text", """Hi, should we water the new hedge every day while it's dry or is that too much?

Sam""", "in_scope"),
("g14", SE, "Out of office", "text", """Automatic reply: I'm away until 5 January. Sam""", "no_request"),
("g15", SE, "Re: Design", "text", """Looks great, go ahead!

Sam

________________________________
From: Greenway Gardens <hello@greenwaygardens.example>
Sent: Monday, November 2, 2026 9:00 AM
To: Sam Ellis
Subject: Design

Here is the final plan. Could you confirm the budget for the plants?""", "no_request"),
("g16", SE, "Stump", "text", """Hello,

There's an old stump in the corner where the new bed goes. Can you grind it out or do you know someone who can?

Sam""", "outside_expertise"),
("g17", JH, "Hedges", "text", """Hi, the hedges have grown again after the warm autumn. Could you give them one more trim?

Joan""", "over_quota"),
("g18", SE, "Lighting", "text", """Hi,

Would you also put in some garden lighting along the path? Solar would be fine.

Sam""", "out_of_scope"),
]

books = {'copywriter': (COPY, 'Inkwell Copy <write@inkwellcopy.example>'),
         'garden': (GARDEN, 'Greenway Gardens <hello@greenwaygardens.example>')}
print(write_books(os.path.dirname(HERE), books, 'Fri', 20))
