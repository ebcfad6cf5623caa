SO = ("sophie.turner@example.co.uk", "Sophie Turner")
JA = ("james.okoro@example.co.uk", "James Okoro")
MEI = ("mei.chen@example.com", "Mei Chen")
RO = ("rosa.alvarez@example.net", "Rosa Alvarez")
PHOTO = [
("p01", SO, "Evening reception", "text", """Hi Ana!

We just found out the venue lets us party until midnight. Would you be able to stay a couple of hours longer to catch the first dance and the sparklers?

Sophie x""", "out_of_scope"),
("p02", SO, "Timeline", "text", """Hi Ana,

Could we have another quick call to go through the timeline again? The ceremony time moved and I'm a bit stressed about the group photos.

Thanks,
Sophie""", "over_quota"),
("p03", SO, "Gallery", "text", """Hi Ana, will the online gallery let our guests download the photos themselves, or only us? Just trying to understand how it works.

Sophie""", "in_scope"),
("p04", JA, "Video", "text", """Hello Ana,

My mother asked whether you also film the ceremony. Could you record a short video of the vows for my grandparents in Lagos who can't travel?

Best,
James""", "outside_expertise"),
("p05", SO, "Flowers", "text", """Hi Ana,

Random question - do you know any good florists near the venue? Our florist just cancelled on us!!

Sophie""", "outside_expertise"),
("p06", SO, "Engagement photos", "text", """Hi Ana,

We saw the engagement photos you did for Mei and Daniel and fell in love. Could you do an engagement shoot for us too, maybe in the Cotswolds in spring?

Sophie & James""", "out_of_scope"),
("p07", SO, "Deposit", "text", """Hi Ana, I've paid the second deposit by bank transfer this morning, could you confirm you received it?

Sophie""", "in_scope"),
("p08", SO, "Re: Shot list", "text", """Thank you so much for the shot list, it's perfect!

Sophie

On Wed, Nov 11, 2026 at 8:30 PM Ana <ana@lumenweddings.example> wrote:
> Here is the shot list. Could you add the names of the people for the family photos?
>
> > Could you also do photos of the hen party?""", "no_request"),
("p09", JA, "Second photographer", "text", """Hi Ana,

Our guest list grew to 160 people. Would it be possible to bring a second photographer so both of us getting ready are covered?

James""", "out_of_scope"),
("p10", SO, "Sneak peek", "text", """Hi Ana!! We're flying to Bali the day after the wedding. Any chance we could get a few preview photos within a day or two to share with family?

Sophie""", "out_of_scope"),
("p11", SO, "Photo count", "text", """Hi Ana,

Just to check, how many photos do we get in the end? My sister got 800 from her photographer.

Sophie""", "in_scope"),
("p13", JA, "Parking", "text", """Hi Ana, the venue says parking for suppliers is behind the barn, just so you know. No need to reply.

James""", "no_request"),
("p14", MEI, "Album", "text", """Hi Ana,

We finally picked our favourites for the album! Can you start designing it? The list of photo numbers is attached.

Mei""", "in_scope"),
("p15", MEI, "More photos", "text", """Hi Ana,

We love the gallery! But a few of my favourite candid moments from the dance floor aren't in it. Could you edit maybe 40 more photos from the reception?

Mei""", "over_quota"),
("p16", MEI, "Albums for parents", "text", """Hi Ana,

Both our mums cried when they saw the album proof. Could you make two smaller copies of the album for our parents?

Mei & Daniel""", "out_of_scope"),
("p17", MEI, "Retouching", "text", """Hi Ana,

On photo 214 my uncle has his eyes closed. Would you be able to photoshop his eyes open from another photo? I know it's fiddly.

Mei""", "out_of_scope"),
("p18", MEI, "Thank you!!!", "html", """<html><body><div>Ana,</div><div><br></div><div>We have been looking at the photos every single evening. You captured our day so beautifully, thank you for everything and for staying longer when the speeches ran late.</div><div><br></div><div>Mei &amp; Daniel</div></body></html>""", "no_request"),
("p19", MEI, "Canvas", "text", """Hi Ana, we'd love a big canvas of the lakeside portrait for our living room. How do we order one from you?

Mei""", "out_of_scope"),
("p20", MEI, "Anniversary", "text", """Hello Ana,

Our first anniversary is in March. Would you do a short anniversary portrait session for us at the same lake?

Mei""", "out_of_scope"),
("p21", MEI, "Planning call", "text", """Hi Ana, Daniel and I would like to use our second planning call to talk about the album layout. Could we do it next Tuesday evening?

Mei""", "in_scope"),
("p22", MEI, "Gallery link", "text", """Hi Ana, the gallery link says expired on my phone. Could you check? Maybe it's just my phone.

Mei""", "in_scope"),
("p23", RO, "Christening", "text", """Hola Ana,

My english is not so good, sorry. We have christening of our baby in January. You can make the photos of this day for us? We was very happy with the wedding photos.

Rosa""", "out_of_scope"),
("p24", RO, "Download", "text", """Hi Ana, I want to download again the photos but I forgot the password of the gallery. Can you tell me?

Rosa""", "in_scope"),
("p25", ("events@grandhall.example", "Grand Hall Events"), "Supplier list", "text", """Dear supplier, please send your public liability insurance certificate before 1 December.""", "not_a_client"),
("p26", SO, "Drone", "text", """Hi Ana,

James really wants some aerial shots of the venue and the guests on the lawn. Can you bring a drone?

Sophie""", "outside_expertise"),
("p27", SO, "Thank you for the call", "text", """Hi Ana,

Thanks for the planning call yesterday and for answering all my crazy questions. I feel so much calmer now. See you on the big day!

Sophie""", "no_request"),
("p28", JA, "Prints for the guests", "text", """Hello,

Would it be possible to set up a little printer at the reception and print photos for the guests on the night, like a photo booth?

James""", "out_of_scope"),
("p29", SO, "Re: Contract", "text", """Hi Ana, signed contract attached.

Sophie

________________________________
From: Ana <ana@lumenweddings.example>
Sent: 02 February 2026 09:00
To: Sophie Turner
Subject: Contract

Hi Sophie, please sign the contract. If you need an extra hour we can add it later.""", "no_request"),
("p30", SO, "Dog", "text", """Hi Ana,

our dog Biscuit will be ring bearer :) I know you don't do pet portraits as a separate thing, so don't worry about extra photos of him, just whatever happens naturally on the day.

Sophie""", "no_request"),
("p31", MEI, "Album cover", "text", """Hi Ana, for the album, can we have the linen cover in dark green instead of grey? 

Mei""", "in_scope"),
("p32", SO, "Getting ready", "text", """Hi Ana!

Would you mind starting an hour earlier so you can catch us getting ready at the hotel? It's only ten minutes from the venue.

xx Sophie""", "out_of_scope"),
("p33", JA, "Re: Re: Questions", "text", """Thanks Ana, all clear now. We'll send the final timeline by Friday.

James

> Could you also cover the rehearsal dinner the night before?
> That would be another booking at 200 per hour.""", "no_request"),
("p34", MEI, "Instagram", "text", """Hi! Can we share the photos on Instagram? And would you mind if we tag you?

Mei""", "no_request"),
("p35", SO, "Slideshow", "text", """Hi Ana,

For the reception, could you put together a slideshow of our childhood photos with music to play during dinner? We'd send you the scans.

Sophie""", "out_of_scope"),
]
