H = ("hanna@bloom-florist.example", "Hanna Vogel")
L = ("leo@northyoga.example", "Leo Martin")
I = ("ines.duarte@atlaslegal.example", "Ines Duarte")
O = ("office@atlaslegal.example", "Atlas Legal Office")
X = ("peter@bloom-florist.example", "Peter Vogel")
S = ("sales@cheap-seo-tools.example", "SEO Tools")
ME = "Pixel & Pine <hello@pixelpine.studio>"
WEB = [
("w01", H, "About page", "text", """Hi there,

We love the homepage! One thing: could you add a separate page about our team? We have five people now and want to show them off.

Thanks,
Hanna""", "over_quota"),
("w02", H, "Feedback round two", "text", """Hello,

Here is our feedback for the second round of revisions:
- make the logo a bit bigger in the header
- the green is too dark, can it be closer to our shop sign?
- swap the photo on the weddings section

Could you send the updated version when ready?

Hanna""", "in_scope"),
("w03", H, "Selling online?", "text", """Hi,

Quick idea from Peter: would it be possible to sell bouquets directly on the website, with a checkout and card payments? Mother's Day is our busiest time and it would help a lot.

Best regards
Hanna Vogel
Bloom Florist | Hauptstrasse 12""", "out_of_scope"),
("w04", H, "Contact form", "text", """Hi,

The contact form on the live site isn't working - when I send a test message nothing arrives in our inbox. Can you take a look?

Hanna""", "in_scope"),
("w05", H, "Text for the site", "text", """Hello!

I'm honestly not good with words. Could you write all the text for the site, the about us and the services descriptions? You are so much better at this than me.

Hanna""", "outside_expertise"),
("w06", H, "Thank you!", "text", """Dear team,

The site went live this morning and we already got two orders through the contact form. Thank you so much for all the extra effort you put in, we really noticed it.

Warm wishes,
Hanna""", "no_request"),
("w07", H, "Re: Invoice 2026-114", "text", """Hi,

Could you resend the invoice with our VAT number on it? Our accountant needs it.

Thanks
Hanna

On Tue, 10 Nov 2026 at 14:02, Pixel & Pine <hello@pixelpine.studio> wrote:
> Hi Hanna, please find the invoice attached.""", "in_scope"),
("w08", H, "Meeting", "text", """Hi, can we move tomorrow's call to Thursday at 3pm? I have a delivery coming in the morning.

Hanna""", "in_scope"),
("w09", H, "Re: Homepage draft", "text", """Perfect, that looks great. Go ahead with it.

Hanna

-----Original Message-----
From: Pixel & Pine <hello@pixelpine.studio>
Sent: Monday, November 16, 2026 10:12 AM
To: Hanna Vogel <hanna@bloom-florist.example>
Subject: Homepage draft

Here is the homepage draft. Could you also send us the photos for the gallery?

> Could you also add an online shop?""", "no_request"),
("w10", X, "German and English", "text", """Hello, I am Peter, Hanna's husband. Many of our customers are tourists. Is it possible to have the website also in English, next to the German version? We would be very happy.

Greetings
Peter""", "out_of_scope"),
("w11", H, "Photos", "text", """Hi,

Our photos are all from my phone and they look terrible next to your design. Do you know a photographer who could do proper product shots of our bouquets?

Hanna""", "outside_expertise"),
("w12", H, "Booking for workshops", "html", """<div dir="ltr"><p>Hi!</p><p>We are starting flower arranging workshops in January. It would be great if people could book a seat directly on the site instead of calling us.</p><p>Hanna</p></div>""", "out_of_scope"),
("w13", H, "Revisions", "text", """Hi,

Sorry to be a pain but we have a few more changes on the services page - the prices changed and the opening hours too. Can you update those?

Thanks!
Hanna""", "in_scope"),
("w14", H, "Care plan", "text", """Hi team,

I know updates after launch aren't part of what we bought, so no worries - I'll learn to change the opening hours myself. Just wanted to say the site is running smoothly.

Hanna""", "no_request"),
("w15", L, "Two more class pages", "text", """Hey,

We're adding aerial yoga and a kids class in January. Could you build two more class pages for them, same layout as the others?

Leo""", "in_scope"),
("w16", L, "Tweaks", "text", """Hi,

I showed the site to the other teachers and they had some feedback. Can we do another round of changes? Mostly colours on the schedule page and the font size on mobile.

Cheers,
Leo""", "over_quota"),
("w17", L, "Newsletter", "text", """Hi!

Can you hook up our Mailchimp so people can sign up for the newsletter from the footer?

Leo""", "in_scope"),
("w18", L, "Newsletter content", "text", """Hi again,

Now that the signup works - would you be able to write our monthly newsletter too? Just a short one with the class news.

Leo""", "outside_expertise"),
("w19", L, "Google", "text", """Hey, we don't show up on Google when I search for "yoga Aarhus". Could you look at the SEO side of things?

Leo""", "in_scope"),
("w20", L, "Members area", "text", """Hi,

Big wish from our members: a login area where they can see their class passes and download our breathing guides. Is that something you could add before spring?

Leo
North Yoga - breathe, move, rest
This e-mail and any attachments are confidential and intended only for the addressee.""", "out_of_scope"),
("w21", L, "blog post", "text", """Hey

could u write a first blog post for the new blog? something about beginners and what to expect in the first class

thx leo""", "outside_expertise"),
("w22", L, "Re: Launch!", "text", """Wow, thank you! It looks amazing, everyone at the studio is so happy.

Leo

On Fri, Nov 20, 2026 at 4:45 PM Pixel & Pine <hello@pixelpine.studio> wrote:
> Hi Leo, the site is live! Let us know if you'd like us to add anything else.""", "no_request"),
("w23", L, "Broken link", "text", """Hi,

The "Book a trial" button on the prices page goes to a 404. Can you fix it?

Leo

Sent from my iPhone""", "in_scope"),
("w24", L, "Teacher headshots", "text", """Hey guys,

The teacher photos are all different sizes and some are blurry. Would you be able to organise a proper headshot session for the team?

Leo""", "outside_expertise"),
("w25", L, "Shop for mats", "text", """Hi! We'd love to sell our own yoga mats and some tea on the site. Could you set up a small shop for that?

Leo""", "out_of_scope"),
("w26", L, "Timetable", "text", """Hi,

Out of office: I'm on retreat until 2 December with no internet. For class questions please write to info@northyoga.example.

Leo""", "no_request"),
("w27", L, "Update", "text", """Hi all,

Just an update: we moved the studio to the new address on Elmegade 4 last week. I already changed it on the contact page myself, so nothing needed from you.

Leo""", "no_request"),
("w28", L, "one more thing", "text", """Hey,

Could you add a page for our teacher training program? And could you also put a Spanish translation of the whole site on the roadmap? We have many students from Spain.

Leo""", "out_of_scope"),
("w29", I, "Website update", "text", """Dear Sir or Madam,

We would like to add a new page for our family law practice area to the website. Could you please prepare it in the same style as the others?

Kind regards,
Ines Duarte
Atlas Legal""", "out_of_scope"),
("w30", I, "Contact form spam", "text", """Hello,

We are receiving a lot of spam through the contact form. Could you add a captcha?

Best regards,
Ines Duarte""", "out_of_scope"),
("w31", O, "Invoice copy", "text", """Good morning,

Could you please send us a copy of the final invoice from July for our records?

Atlas Legal Office""", "in_scope"),
("w32", I, "Thank you", "text", """Dear team,

Our new clients keep complimenting the website. Thank you again for the great work this spring.

Kind regards,
Ines""", "no_request"),
("w33", S, "Rank #1 on Google", "text", """Hi, we can get your site to rank #1 on Google in 30 days. Would you like a free audit? Reply YES.""", "not_a_client"),
("w34", ("hello@pixelpine.studio", "Pixel & Pine"), "Re: Members area", "text", """Hi Leo, that would be a separate project. Could you send me a list of the features you have in mind?""", "not_a_client"),
("w35", H, "Re: Re: About page", "text", """Okay, understood, then let's leave the team page for now and maybe add it next year.

Hanna

> On 18 Nov 2026, at 09:12, Pixel & Pine <hello@pixelpine.studio> wrote:
>
> Hi Hanna, a sixth page would be an extra page at 450 EUR.
>
>> Could you add a separate page about our team?""", "no_request"),
("w36", H, "Logo", "html", """<html><body><p>Hello,</p><p>our logo is very old (my cousin made it in 2009). Would you maybe have time to design us a new logo that fits the new website?</p><p>Greetings,<br>Hanna</p><blockquote type="cite">Could you add an online shop?</blockquote></body></html>""", "out_of_scope"),
("w37", L, "Signup on mobile", "text", """Hi,

the newsletter signup in the footer shows a red error on mobile phones, on desktop it's fine. Can you fix that?

Leo""", "in_scope"),
("w38", H, "Small thing", "text", """Hi,

It's only a tiny thing, but could you also make a Christmas banner for the homepage and then take it down in January? Should take you five minutes :)

Hanna""", "out_of_scope"),
("w39", L, "Holiday hours", "text", """Hi, are you open between Christmas and New Year? Just so I know who to call if something breaks.

Leo""", "in_scope"),
("w40", H, "P.S.", "text", """Hi,

Thank you for the quick fix on the form yesterday.

Hanna

P.S. Could we also get a popup for our newsletter? Lots of florists have one.""", "out_of_scope"),
]
