using System.Text;

namespace MailScope.Benchmarks;

/// <summary>Realistic client messages for benchmarks: a reply with an ask, quoted history and a signature.</summary>
internal static class SampleMail
{
    private static readonly string[] Asks =
    [
        "Could we squeeze in one more session next week before my final interview?",
        "Could you also design a logo for my side business? Nothing fancy.",
        "It would be great if you could also rewrite my LinkedIn profile so it matches the new resume.",
        "Thank you so much for yesterday's session, it really helped me get clear on what I want.",
        "Can we move our call on Thursday to Friday at 10am instead? Something came up at work.",
        "I know the cover letter isn't included in my package, so I'll handle it myself.",
    ];

    /// <summary>A message of roughly <paramref name="kilobytes"/> KB: new text, quoted thread, signature.</summary>
    public static string Eml(int n, int kilobytes = 5)
    {
        var from = (n % 4) switch { 0 => "alex.kim@example.com", 1 => "priya.nair@example.org", 2 => "jordan@leeconsulting.example", _ => "someone@else.example" };
        var body = new StringBuilder();
        body.Append("Hi Dana,\r\n\r\n").Append(Asks[n % Asks.Length]).Append("\r\n\r\nI have been thinking a lot about our last conversation and the plan we made for the next few weeks.\r\n\r\nBest,\r\nAlex\r\n\r\n");
        body.Append("On Mon, Nov 2, 2026 at 9:00 AM Dana Reyes <dana@reyescoaching.com> wrote:\r\n");
        while (body.Length < kilobytes * 1024)
        {
            body.Append("> Thanks for the update. Here are my notes on the resume and the plan for our next session, with a few ideas.\r\n");
        }

        return $"From: Client <{from}>\r\nTo: Dana Reyes <dana@reyescoaching.com>\r\nSubject: Re: next steps {n}\r\nDate: Mon, 23 Nov 2026 09:14:00 +0000\r\nMessage-ID: <bench-{n}@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}";
    }
}
