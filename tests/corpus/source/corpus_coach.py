AL = ("alex.kim@example.com", "Alex Kim")
PR = ("priya.nair@example.org", "Priya Nair")
JO = ("jordan@leeconsulting.example", "Jordan Lee")
KF = ("dad@kim-family.example", "Min Kim")
COACH = [
("c01", PR, "Interview next week", "text", """Hi Dana,

I got an interview at Contoso next Wednesday!! Could you run a mock interview with me on Monday? I'm so nervous.

Priya""", "out_of_scope"),
("c02", PR, "Call", "text", """Hi Dana, can we schedule our next session for the 3rd? Any time after 2pm works.

Priya""", "in_scope"),
("c03", PR, "LinkedIn headline", "text", """Hi Dana,

While you're reviewing my resume, could you also rewrite my LinkedIn headline and summary so they match?

Priya""", "out_of_scope"),
("c04", PR, "Resume feedback", "text", """Hi Dana,

Here's my resume - could you take a look and mark up anything that sounds weak? I'm applying to product roles.

Priya""", "in_scope"),
("c05", PR, "salary", "text", """Hi Dana, they made me an offer! 95k. I think I should ask for more but I have no idea how. Would you help me figure out how to negotiate it?

Priya""", "out_of_scope"),
("c06", PR, "Thanks for today", "text", """Hi Dana,

Thank you for today's session, and for giving me extra time at the end. I really appreciate it.

Priya""", "no_request"),
("c07", PR, "Personal website", "text", """Hi Dana,

A recruiter told me product people should have a portfolio website. Could you help me build one?

Priya""", "outside_expertise"),
("c08", PR, "Re: Homework", "text", """Done! I've attached the values exercise.

Priya

On Tue, Nov 17, 2026 at 6:00 PM Dana Reyes <dana@reyescoaching.com> wrote:
> Great session today. Your homework: the values exercise.
>
> On Tue, Nov 17, 2026 at 9:00 AM Priya Nair <priya.nair@example.org> wrote:
> > Could you also review my cover letter before the session?""", "no_request"),
("c09", PR, "Reschedule", "text", """Hi Dana,

So sorry - my manager booked an all-hands on Thursday. Can we push our session to Friday morning?

Priya""", "in_scope"),
("c10", PR, "Quick email question", "text", """Hi Dana,

Quick question by email: is it okay to mention a layoff in the "why are you leaving" question, or should I avoid it?

Priya""", "in_scope"),
("c11", PR, "References", "text", """Hi Dana,

Would you be willing to be a reference for me? They asked for someone who knows my work style.

Priya""", "out_of_scope"),
("c12", PR, "Cover letter done", "text", """Hi Dana,

I know cover letter reviews are an add-on, so I asked my sister to read mine instead. Just letting you know it's sent!

Priya""", "no_request"),
("c13", PR, "Branding", "text", """Hi Dana, do you also do personal branding, like a logo and colours for my consulting side gig?

Priya""", "outside_expertise"),
("c14", PR, "Two more", "text", """Hi Dana,

I think I'll need a couple more sessions than planned, the job search is taking longer. Can we book two more calls in December on top of the ones I have left?

Priya""", "over_quota"),
("c15", AL, "Re: Final session", "text", """Thanks Dana. One last thing: could you look over my resume once more before I send it to Fabrikam? I changed the summary.

Alex

On Fri, Nov 13, 2026 at 11:00 AM Dana Reyes <dana@reyescoaching.com> wrote:
> That was our fourth and final session. It was a joy working with you!""", "over_quota"),
("c16", AL, "Follow-up", "text", """Hi Dana,

Things went really well at the final round. Could we do a follow-up call next week to plan my first 90 days?

Alex""", "over_quota"),
("c17", AL, "Maintenance?", "text", """Hi Dana,

Now that I've landed the job, I'd love to keep working with you once a month so I don't fall back into old habits. How would that work?

Alex""", "out_of_scope"),
("c18", AL, "Offer letter", "text", """Hi Dana,

I got the written offer. Could you help me negotiate the signing bonus? I think there's room.

Alex""", "out_of_scope"),
("c19", AL, "Taxes", "text", """Hi Dana, the new job comes with stock options. Could you help me understand the tax side of exercising them?

Alex""", "outside_expertise"),
("c20", AL, "Thank you", "html", """<html><body><p>Dana,</p><p>I start on Monday! I could not have done this without your coaching - the resume review especially changed everything. Thank you!</p><p>Alex</p></body></html>""", "no_request"),
("c22", AL, "Auto-reply", "text", """I am currently on vacation with limited access to email and will return on December 7.

Alex Kim""", "no_request"),
("c23", AL, "Re: Invoice", "text", """Hi Dana, payment sent via bank transfer today. Thanks!

Alex""", "no_request"),
("c24", AL, "Cover letter", "text", """Hi Dana,

Would it be possible to have a look at my cover letter too? It's only half a page.

Alex""", "out_of_scope"),
("c25", JO, "Promotion", "text", """Hi Dana,

It's been a while! My review is coming up and I'm going for a promotion. Could we book a session to prepare my case?

Jordan""", "out_of_scope"),
("c26", JO, "Thanks again", "text", """Hi Dana,

Just wanted to share that I got promoted to Senior Manager. Your coaching this summer made the difference. No need to reply!

Jordan""", "no_request"),
("c27", JO, "LinkedIn", "text", """Hi Dana,

Could you update my LinkedIn profile with the new title and the projects from this year?

Jordan""", "out_of_scope"),
("c28", PR, "P.S. question", "text", """Hi Dana,

See you Thursday at 2!

Priya

P.S. Would you mind also doing a quick review of my cover letter before then?""", "out_of_scope"),
("c29", PR, "Outlook reply", "text", """Sounds perfect, thank you!

________________________________
From: Dana Reyes <dana@reyescoaching.com>
Sent: Wednesday, November 18, 2026 3:12 PM
To: Priya Nair <priya.nair@example.org>
Subject: RE: Interview prep

Hi Priya, mock interviews are part of the Accelerator package. I'm happy to add one for you as an add-on.

-----Original Message-----
From: Priya Nair
Could you do a mock interview with me?""", "no_request"),
("c30", PR, "non-native", "text", """Dear Dana,

Sorry for my english. My husband also is searching job. He can join to our next session and you can give him some advices for his CV too?

Priya""", "out_of_scope"),
("c31", PR, "Homework question", "text", """Hi Dana,

For the strengths exercise, should I list 5 or 10 strengths? I'm not sure I understood.

Priya""", "in_scope"),
("c32", PR, "Books", "text", """Hi Dana, could you recommend a book about career change? I'd love something to read over the holidays.

Priya""", "no_request"),
("c33", PR, "Spreadsheet", "text", """Hi Dana,

I'm tracking about 40 applications now. Would it be possible for you to set up a job tracker spreadsheet for me and keep it updated each week?

Priya""", "out_of_scope"),
("c34", PR, "Zoom", "text", """Hi Dana, the zoom link for Thursday doesn't work for me - could you send a new one?

Priya""", "in_scope"),
("c35", AL, "Quick call?", "html", """<div>Hi Dana,</div><div>&nbsp;</div><div>Do you have 15 minutes this week for a quick call? My new manager wants a 30-60-90 plan and I'd love your eyes on it.</div><div>&nbsp;</div><div>Alex</div><div class="gmail_quote">On Mon, Nov 16, 2026 Dana wrote:<blockquote>Congratulations Alex!</blockquote></div>""", "over_quota"),
("c36", PR, "Resume + cover letter", "text", """Hi Dana,

Two things: can you review my resume (the new version attached), and could you also review the cover letter for the same job?

Priya""", "out_of_scope"),
("c37", PR, "Calendly", "text", """Hi Dana, I booked Thursday 2pm through your Calendly for our third session. Just confirming it went through on your side?

Priya""", "in_scope"),
("c38", AL, "Sister's resume", "text", """Hi Dana,

My sister is applying for nursing jobs. Could you look at her resume too? It would mean a lot to her.

Alex""", "out_of_scope"),
("c39", PR, "Session notes", "text", """Hi Dana, could you send me the notes from our last session? I lost my own.

Priya""", "in_scope"),
("c40", AL, "Website", "text", """Hey Dana,

Random: do you know anyone who builds websites? I want a simple site for my photography hobby.

Alex""", "outside_expertise"),
("c41", PR, "Interview questions", "text", """Hi Dana,

Could you send me a list of common product manager interview questions and how you'd answer each one?

Priya""", "out_of_scope"),
("c42", PR, "Thanks for the extra", "text", """Dana, thank you so much for squeezing in that extra review of my resume last week - I got two callbacks already!

Priya""", "no_request"),
("c43", ("talent@fabrikam.example", "Fabrikam Talent"), "Partnership", "text", """Hi Dana, we'd love to explore a partnership for outplacement coaching. Could we set up a call?""", "not_a_client"),
("c44", PR, "Headline", "text", """Hi Dana,

I know the LinkedIn rewrite is only part of the Accelerator, but could you at least glance at my new headline and tell me if it works?

Priya""", "out_of_scope"),
("c45", PR, "Tuesday", "text", """Hi Dana,

Could we book our session for Tuesday? And could you look at my resume again after that? I'll have the new version by then.

Priya""", "in_scope"),
("c46", AL, "A talk", "text", """Hi Dana,

My old university asked me to give a talk about changing careers. Could you help me write the talk and the slides?

Alex""", "out_of_scope"),
("c47", PR, "Fwd: Product Manager role", "text", """FYI - this is the role I mentioned, the recruiter reached out today.

---------- Forwarded message ---------
From: Recruiter <jobs@northwind.example>
Date: Mon, Nov 23, 2026
Subject: Product Manager role

Hi Priya, could you send us your resume and two references?""", "no_request"),
]
