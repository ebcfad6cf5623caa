"""Fifth held-out batch (IT support, wedding planner), written after the fourth round of fixes.
python3 heldout5.py writes itsupport/ and planner/ (mail/*.eml and labels.tsv)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'corpus', 'source'))
from mkeml import write_books

RL = ("rosa@smiledental.example", "Dr. Rosa Lima")
FD = ("frontdesk@smiledental.example", "Front Desk")
MO = ("mark@oweslaw.example", "Mark Owens")
IT = [
("x01", FD, "Printer", "text", """Hi, the printer at reception stopped working this morning. Could you have a look remotely?

Front desk""", "over_quota"),
("x02", RL, "New hire", "text", """Hello,

We have a new hygienist starting Monday. Could you set up a new laptop for her?

Rosa""", "out_of_scope"),
("x03", RL, "App", "text", """Hi,

We'd love a small app where patients can book appointments. Could you build one for us?

Rosa""", "outside_expertise"),
("x04", RL, "Backup", "text", """Hi, I deleted a folder of x-rays by mistake. Can you restore it from the backup?

Rosa""", "in_scope"),
("x05", RL, "Thanks", "text", """Thank you for fixing the Wi-Fi so fast yesterday. Everyone is happy again.

Rosa""", "no_request"),
("x06", RL, "Visit", "text", """Hi, could you come to the office next week to look at the server cupboard? It's making a strange noise.

Rosa""", "over_quota"),
("x07", RL, "Email", "text", """Hello,

We're still on the old email provider. Would it be possible to move our email to Microsoft 365 in January?

Rosa""", "out_of_scope"),
("x08", FD, "Password", "text", """Hi, could you reset my email password? I got locked out.

Front desk""", "over_quota"),
("x09", RL, "Invoice", "text", """Hello, please send next year's invoice to our new accountant, accounts@smiledental.example. Thanks!

Rosa""", "in_scope"),
("x10", MO, "Security", "text", """Hi,

Our insurer wants a penetration test before renewal. Can you run one on our network?

Mark""", "outside_expertise"),
("x11", MO, "Training", "text", """Hi, can we schedule the phishing training for the staff in January?

Mark""", "in_scope"),
("x12", MO, "Laptops", "text", """Hi,

We're hiring three associates in February. Could you add their laptops to the managed devices?

Mark""", "in_scope"),
("x13", MO, "Website", "text", """Hi, our website is very outdated. Is redoing the website something you could take on?

Mark""", "outside_expertise"),
("x14", MO, "Outlook", "text", """Hi, Outlook keeps crashing on my laptop since the update. Can you fix it?

Mark""", "in_scope"),
("x15", MO, "Re: Visit", "text", """Friday works, thanks.

Mark

On Mon, 23 Nov 2026 at 10:00, Byteworks IT <support@byteworks.example> wrote:
> Shall we come in on Friday?
> > Could you also set up the new conference room screen?""", "no_request"),
]

LU = ("lucia.rossi@example.it", "Lucia Rossi")
HB = ("hannah.berg@example.com", "Hannah Berg")
TF = ("tom.fischer@example.com", "Tom Fischer")
PLANNER = [
("e01", LU, "One more meeting", "text", """Ciao!

We are a bit stressed about the seating plan. Could we have one more meeting in March to go through everything?

Lucia""", "over_quota"),
("e02", LU, "Florist", "text", """Hi, could you find us a florist too? We don't know anyone in Tuscany.

Lucia""", "out_of_scope"),
("e03", LU, "Rehearsal", "text", """Hello,

Could you also run the rehearsal the evening before? Our priest wants one.

Lucia""", "out_of_scope"),
("e04", LU, "Cake", "text", """Hi! Do you make wedding cakes, or know someone who does?

Lucia""", "outside_expertise"),
("e05", LU, "Timeline", "text", """Hi, when will we get the first draft of the timeline? No rush, just planning our weekend.

Lucia""", "in_scope"),
("e06", LU, "Thank you", "text", """Grazie mille for the lovely meeting yesterday, we feel so much calmer!

Lucia & Marco""", "no_request"),
("e07", HB, "Band", "text", """Hi,

We loved the band from the video you sent. Could you book them for the reception?

Hannah""", "in_scope"),
("e08", HB, "Makeup", "text", """Hi, could you also do my makeup on the day? I trust your taste completely!

Hannah""", "outside_expertise"),
("e09", TF, "Welcome bags", "text", """Hi, Tom here. Would it be possible to put together little welcome bags for the guests at the hotel?

Tom""", "out_of_scope"),
("e10", HB, "Honeymoon", "text", """Hi,

Slightly random - would you plan our honeymoon too? Two weeks in Japan.

Hannah""", "out_of_scope"),
("e11", HB, "Meeting", "text", """Hi, can we have our next planning meeting on the 12th? We'd like to finalise the menu.

Hannah""", "in_scope"),
("e12", TF, "Move meeting", "text", """Hi, can we move the meeting on the 12th to the 14th? Work trip.

Tom""", "in_scope"),
("e13", HB, "Second venue", "text", """Hi,

We're having second thoughts about the venue. Could you look for a few more options near the lake?

Hannah""", "over_quota"),
("e14", HB, "Auto", "text", """Automatic reply: I'm on annual leave until 3 December.

Hannah""", "no_request"),
("e15", TF, "Photographer", "text", """Hi! Could you find us a photographer who does film photography? That would be amazing.

Tom""", "in_scope"),
]

books = {'itsupport': (IT, 'Byteworks IT <support@byteworks.example>'),
         'planner': (PLANNER, 'Evergreen Weddings <plan@evergreenweddings.example>')}
print(write_books(os.path.dirname(HERE), books, 'Sat', 40))
