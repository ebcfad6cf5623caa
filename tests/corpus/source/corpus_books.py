OM = ("omar@greenleafcafe.example", "Omar Haddad")
OMS = ("sara@greenleafcafe.example", "Sara Haddad")
JU = ("julia@brightpath.example", "Julia Brandt")
BOOKS = [
("b01", OM, "New bank account", "text", """Hi Nadia,

We opened a second business account at RBC for the catering side. Could you reconcile that one every month as well?

Omar""", "over_quota"),
("b02", OM, "Taxes", "text", """Hi Nadia,

Tax season is coming. Can you file our corporate tax return this year? Our old accountant retired.

Thanks,
Omar""", "outside_expertise"),
("b03", OM, "Payroll", "text", """Hello Nadia,

We are hiring two baristas in January. Would you be able to run payroll for them every two weeks?

Omar Haddad
Greenleaf Cafe""", "out_of_scope"),
("b04", OM, "October report", "text", """Hi Nadia, thanks for the October P&L. Why is the food cost so much higher than September? Could we hop on a quick extra call this week to go through it? I know we already had this month's check-in.

Omar""", "over_quota"),
("b05", OMS, "Receipts", "text", """Hi Nadia, this is Sara, Omar's wife. I uploaded all the November receipts to the shared folder. Can you categorise them when you have a chance?

Sara""", "in_scope"),
("b06", OM, "Last year", "text", """Hi Nadia,

Embarrassing, but our books for 2025 are a mess - the previous bookkeeper left in March. Could you also clean up last year while you're at it?

Omar""", "out_of_scope"),
("b07", OM, "Thanks", "text", """Nadia, the bank approved our loan and said our statements were the cleanest they've seen from a small cafe. Thank you!

Omar""", "no_request"),
("b08", OM, "Re: November call", "text", """Tuesday 10am works for me. See you then.

Omar

On Mon, Nov 23, 2026 at 4:10 PM Nadia <nadia@clearledger.example> wrote:
> Hi Omar, when would you like to have our November check-in call?
> > Could you also do a cash flow forecast for the new location?""", "no_request"),
("b09", OM, "Lease", "text", """Hi Nadia,

The landlord sent us a new lease for the second location. Could you read through it and tell us if the terms are okay?

Omar""", "outside_expertise"),
("b10", OM, "Forecast", "text", """Hi Nadia!

Before we sign for the second location I'd like to know if we can afford it. Would you put together a cash flow forecast for the next 12 months?

Omar""", "out_of_scope"),
("b11", OM, "Invoice", "text", """Hi, could you send me this month's invoice? I can't find it in my inbox.

Omar""", "in_scope"),
("b12", OM, "Software", "text", """Hello Nadia,

My cousin says Xero is much better than QuickBooks. I know moving everything over isn't part of your monthly work, so I'll stay on QuickBooks for now - just curious what you think in general.

Omar""", "no_request"),
("b13", OM, "Square sales", "text", """Hi Nadia,

The Square sales for November aren't showing up in the P&L yet. Can you check the bank feed? I think it disconnected.

Omar""", "in_scope"),
("b14", OM, "Budget", "text", """Hi Nadia,

It would be really helpful to have a budget for 2027 so we know how much we can spend on marketing. Is that something you do?

Omar""", "out_of_scope"),
("b15", OM, "Christmas hours", "text", """Hi Nadia, just so you know the cafe is closed from Dec 24 to Jan 2. Nothing needed, enjoy the holidays!

Omar""", "no_request"),
("b16", OM, "HST", "text", """Hi Nadia,

The CRA sent a letter that our HST return is due. Can you prepare and file it for us?

Omar""", "out_of_scope"),
("b17", JU, "New tutor payroll", "text", """Hi Nadia,

We hired three new tutors, can you add them to payroll starting December 1? Their forms are in the shared drive.

Julia""", "in_scope"),
("b18", JU, "Overdue invoices", "text", """Hi Nadia,

A few parents are late with their November payments. Could you send reminders for the overdue invoices?

Thanks!
Julia""", "in_scope"),
("b19", JU, "Extra call", "text", """Hi Nadia,

Our board meeting is on the 10th. Could we have one more call before then to go through the numbers? I know we already had two this month.

Julia""", "over_quota"),
("b20", JU, "Accounts", "text", """Hello Nadia,

We opened a savings account for the summer camp money. Can you reconcile it along with the other accounts?

Julia""", "in_scope"),
("b21", JU, "Grant report", "html", """<html><body><p>Hi Nadia,</p><p>We got the city literacy grant! They need a financial report showing how we spent the money, in their template. Could you prepare that report for them by January 15?</p><p>Julia</p><div class="gmail_signature">Julia Brandt | Brightpath Tutoring | 555-0182</div></body></html>""", "out_of_scope"),
("b22", JU, "Tax planning", "text", """Hi Nadia,

Do you have someone you could recommend for tax planning? Our revenue doubled and I want to be smarter about it next year.

Julia""", "outside_expertise"),
("b23", JU, "GST", "text", """Hi Nadia, can you prepare the Q4 GST return when the quarter closes?

Julia""", "in_scope"),
("b24", JU, "Incorporation", "text", """Hi Nadia,

We're thinking of incorporating the business next year. Could you handle the incorporation paperwork for us?

Julia""", "outside_expertise"),
("b25", JU, "Thanks + question", "text", """Hi Nadia,

Thank you for catching the double payment to the printing company, that saved us $1,200!

Are the P&L reports for November going to be ready by the 5th?

Julia""", "in_scope"),
("b26", JU, "Re: Re: Migration", "text", """Sounds good, let's keep things as they are.

Julia

From: Nadia <nadia@clearledger.example>
Sent: Thursday, November 19, 2026 11:03
To: Julia Brandt <julia@brightpath.example>
Subject: Re: Migration

Moving to Xero would be the software migration add-on at $500.

From: Julia Brandt
Sent: Thursday, November 19, 2026 09:40
Subject: Migration

Could you move us from QuickBooks to Xero?""", "no_request"),
("b27", JU, "Forecast for camp", "text", """Hi Nadia,

For the summer camp we need a forecast of the cash we'll have each month until September. Could you make one?

Julia""", "out_of_scope"),
("b28", JU, "Audit", "text", """Hi Nadia, the funder may want an audit of our books next year. Is that something you can do, or do you know who does?

Julia""", "outside_expertise"),
("b29", JU, "Expense policy", "text", """Hi Nadia,

Could you write an expense policy for our tutors? Like what they can claim for travel and materials.

Julia""", "out_of_scope"),
("b30", JU, "Out of Office", "text", """Thank you for your email. I am out of the office until January 4 and will respond when I return.

Julia Brandt""", "no_request"),
("b31", ("noreply@quickbooks.example", "QuickBooks"), "Your subscription", "text", """Your QuickBooks subscription renews on December 1. Please update your payment method.""", "not_a_client"),
("b33", OM, "Pay stubs", "text", """hi nadia can u also make the pay stubs for our staff every 2 weeks, the manager does it by hand now and its a nightmare

omar""", "out_of_scope"),
("b34", JU, "Quick Q", "text", """Hi Nadia, quick one: could you send me the login for the receipts app again? I got a new phone.

Julia""", "in_scope"),
("b35", JU, "Reports", "text", """Hi Nadia,

the board loved the monthly reports. Could you also add a one-page summary with charts to each monthly report from now on?

Julia""", "out_of_scope"),
]
