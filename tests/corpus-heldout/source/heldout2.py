"""Second held-out batch (interior designer, virtual assistant), written after the first round of fixes.
python3 heldout2.py writes interior/ and assistant/ (mail/*.eml and labels.tsv)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'corpus', 'source'))
from mkeml import write_books

CH = ("chidi.okafor@example.co.uk", "Chidi Okafor")
AS = ("astrid@lindgren.example", "Astrid Lindgren")
AS2 = ("nils@lindgren.example", "Nils Lindgren")
INTERIOR = [
("i01", CH, "Hallway", "text", """Hi!

Loving the living room plans. While you're at it, could you do something for the hallway too? It's tiny but it's the first thing people see.

Chidi""", "out_of_scope"),
("i02", CH, "Sofa colour", "text", """Hi,

We had a think and we'd prefer the sofa in the rust colour rather than the green. Can you update the design?

Chidi""", "in_scope"),
("i03", CH, "Wall", "text", """Hello,

My partner wants to take down the wall between the kitchen and the living room. Would you be able to do that as part of the project?

Chidi""", "outside_expertise"),
("i04", CH, "Another concept", "text", """Hi there

Neither of the two concept boards feels quite right to me. Could you put together a third one with a more Scandinavian feel?

Chidi""", "over_quota"),
("i05", CH, "Delivery", "text", """Hi, the sofa is arriving on Tuesday between 8 and 12. Could you be there to check it's the right one and oversee the delivery?

Chidi""", "out_of_scope"),
("i06", CH, "Thanks", "html", """<div>Hi,</div><div><br></div><div>Just wanted to say the room looks incredible. My mum came round and couldn't believe it was the same space. Thank you!</div><div><br></div><div>Chidi</div>""", "no_request"),
("i07", CH, "Re: Shopping list", "text", """Thanks, got it. Ordering the lamps today.

Chidi

On Thu, 19 Nov 2026, 10:02 Marlow Interiors, <studio@marlowinteriors.example> wrote:
> Here's the shopping list for the living room.
> > Could you also design the bedroom?""", "no_request"),
("i08", CH, "Lights", "text", """Hi,

The pendant lights need wiring in over the dining table. Do you know a good electrician who could do it?

Chidi""", "outside_expertise"),
("i09", CH, "Shelves", "text", """Hi!

Once everything is in, would you come and style the shelves and hang the art? I'm hopeless at that sort of thing.

Chidi""", "out_of_scope"),
("i10", CH, "Invoice", "text", """Hi, can you send me a receipt for the deposit please? Need it for my records.

Chidi""", "in_scope"),
("i11", CH, "render", "text", """Hey, is there any chance of seeing the room in 3D before we buy anything? My partner struggles to picture it from the boards.

Chidi""", "out_of_scope"),
("i12", CH, "quick question", "text", """Hi, what paint finish would you recommend for the skirting boards, eggshell or gloss?

Chidi""", "in_scope"),
("i13", AS, "Guest room", "text", """Hello Marlow team,

We'd like to move on to the guest room next. Could you start the design for it in January?

Best,
Astrid""", "in_scope"),
("i14", AS, "Kitchen tweaks", "text", """Hi,

A couple of small tweaks to the kitchen design please: swap the brass handles for black ones and move the open shelving to the left wall.

Astrid""", "over_quota"),
("i15", AS, "Garden", "text", """Hi,

Now that the house is coming together we're looking at the garden. Would you design the patio and planting for us as well?

Astrid""", "out_of_scope"),
("i16", AS2, "Installation day", "text", """Hi, Nils here (Astrid's husband). The kitchen is being fitted on the 14th. Can someone from your team be there on the day to oversee the install?

Nils""", "in_scope"),
("i17", AS, "More renders", "text", """Hi,

The renders were so helpful. Could we get a couple more for the main bedroom and the study?

Astrid""", "over_quota"),
("i18", AS, "Out of office", "text", """Automatic reply: I'm travelling until 4 December with limited access to email.

Astrid Lindgren""", "no_request"),
("i19", AS, "Visit", "text", """Hi,

Could you come round next week to see the living room now the floor is down? I'd love your eye on the rug size.

Astrid""", "in_scope"),
("i20", AS, "Summer house", "text", """Hi there,

We've bought a little summer house in Cornwall. I know it's not part of our current project, so no rush and nothing needed now - just wanted to let you know we might talk about it in spring.

Astrid""", "no_request"),
("i21", ("press@homesmagazine.example", "Homes Magazine"), "Feature request", "text", """Hello, we would love to feature your studio in our spring issue. Could you send us some photos?""", "not_a_client"),
("i22", AS, "Bathroom", "text", """Hi,

we haven't done the bathrooms yet. Could you design the family bathroom and the en-suite together? I think that's our last two rooms.

Astrid""", "in_scope"),
]

LN = ("linh@nguyenclinic.example", "Dr. Linh Nguyen")
LR = ("reception@nguyenclinic.example", "Clinic Reception")
AR = ("arjun@patelventures.example", "Arjun Patel")
ASSISTANT = [
("v01", LN, "Conference trip", "text", """Hi,

Can you book my flights and a hotel for the dermatology conference in Singapore in March?

Linh""", "over_quota"),
("v02", LN, "Inbox", "text", """Hi, my inbox is out of control again. Could you go through it this week and unsubscribe me from all the newsletters?

Linh""", "in_scope"),
("v03", LN, "Staff party", "text", """Hi!

We want to do an end-of-year party for the clinic staff, about 15 people. Would you be able to organise the whole thing - venue, food, invitations?

Linh""", "out_of_scope"),
("v04", LN, "Payroll", "text", """Hi,

Our practice manager is leaving. Could you take over running payroll for our three nurses?

Linh""", "outside_expertise"),
("v05", LN, "Research", "text", """Hi, could you look into which online booking systems other small clinics use and compare prices for me?

Linh""", "out_of_scope"),
("v06", LN, "Thursday", "text", """Hi, can we move our check-in call from Thursday to Friday this week? Surgery ran over.

Linh""", "in_scope"),
("v07", LR, "Appointments", "text", """Hello, Dr Nguyen asked me to ask you: can you book her meetings with the two drug reps for next week into her calendar? Their details are below.

Reception""", "in_scope"),
("v08", LN, "Thank you", "text", """Thank you for sorting out the mess with the airline, you saved my holiday!

Linh""", "no_request"),
("v09", LN, "Extra hours", "text", """Hi,

December is going to be crazy. I think I'll need more hours than the usual 10 - can we add some extra for this month?

Linh""", "out_of_scope"),
("v10", LN, "Logo", "text", """Hi, the clinic logo looks very dated. Do you do design work, or do you know someone who does?

Linh""", "outside_expertise"),
("v11", LN, "Call", "text", """Hi, could we add a second call this week? There's a lot to plan for January.

Linh""", "over_quota"),
("v12", AR, "Investor trip", "text", """Hi,

Please book flights to Melbourne for the investor meetings on 9-11 December, plus a hotel near Collins St.

Arjun""", "in_scope"),
("v13", AR, "CRM", "text", """Hey - could you add the 40 contacts from the pitch event to HubSpot? The business cards are scanned in the shared drive.

Arjun""", "in_scope"),
("v14", AR, "Offsite", "text", """Hi,

We're planning a two-day team offsite in February for 12 people. Could you organise it? Venue, accommodation, agenda.

Arjun""", "out_of_scope"),
("v15", AR, "Board meeting recording", "text", """Hi, I've put the recording of yesterday's board meeting in the drive. Could you transcribe it for the minutes?

Arjun""", "out_of_scope"),
("v16", AR, "Another call", "text", """Hi,

I know we've had our four calls this month but I could really use one more before the end of the month to plan Q1. Would that work?

Arjun""", "over_quota"),
("v17", AR, "Re: Research summary", "text", """Perfect, this is exactly what I needed. Thanks!

Arjun

From: Tidy Desk <hello@tidydesk.example>
Sent: Tuesday, 24 November 2026 3:15 PM
To: Arjun Patel
Subject: Research summary

Hi Arjun, attached is the summary. Could you also confirm the budget for the offsite?""", "no_request"),
("v18", AR, "Pitch deck", "text", """Hi,

Could you redesign our pitch deck so it looks more professional? The content is fine, it's the look.

Arjun""", "outside_expertise"),
("v19", AR, "taxes", "text", """Hey, random one - any idea when the BAS is due this quarter? I always forget.

Arjun""", "in_scope"),
("v20", AR, "Competitors", "text", """Hi,

Could you research the five main competitors in the meal-kit space and put together a one-page summary for each?

Arjun""", "in_scope"),
("v21", AR, "Calendar", "text", """Hi, please block out every Friday afternoon in my calendar from January as focus time.

Arjun""", "in_scope"),
("v22", ("no-reply@airline.example", "SkyAir"), "Your booking", "text", """Your booking ABC123 is confirmed. Check in online 24 hours before departure.""", "not_a_client"),
]

books = {'interior': (INTERIOR, 'Marlow Interiors <studio@marlowinteriors.example>'),
         'assistant': (ASSISTANT, 'Tidy Desk <hello@tidydesk.example>')}
print(write_books(os.path.dirname(HERE), books, 'Wed', 45))
