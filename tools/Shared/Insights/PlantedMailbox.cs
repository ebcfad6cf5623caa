using System.Globalization;
using System.Text;

namespace MailScope.Tooling.Insights;

/// <summary>
/// A generated three-month mailbox of a career coach with four clients, written as a Maildir beside its
/// scope book: recurring extras planted (extra calls from a client whose calls are used up, cover letters
/// from three clients, two wordings of a podcast video edit), one message before the range, one from a
/// stranger. The report tests hold the truth the report must find.
/// </summary>
internal static class PlantedMailbox
{
    public const string ScopeBook = """
        provider:
          name: Reyes Career Coaching
          email: dana@reyescoaching.com
          currency: USD
          hourly_rate: 150
          expertise: [career coaching, interview preparation, resume writing]
          referrals:
            - name: Sam Patel
              email: sam@patelbrand.example
              expertise: [logo design, branding, website design]
        packages:
          - id: kickstart
            name: Career Kickstart
            price: 900
            deliverables:
              - { id: coaching-call, name: 60-minute coaching call, quantity: 4, unit: call, aliases: [call, session, coaching session] }
              - { id: resume-review, name: Resume review, quantity: 1, aliases: [resume, cv] }
        addons:
          - { id: cover-letter, name: Cover letter review, price: 120, aliases: [cover letter] }
          - { id: salary-prep, name: Salary negotiation prep session, price: 250, aliases: [salary negotiation] }
        retainers:
          - { id: maintenance, name: Career Maintenance, monthly_price: 300, allowance: Two 30-minute calls each month }
        clients:
          - { id: alex-kim, name: Alex Kim, emails: [alex@kim.example], package: kickstart, start: 2026-08-01, end: 2027-06-30, used: { coaching-call: 4, resume-review: 1 } }
          - { id: priya-nair, name: Priya Nair, emails: [priya@nair.example], package: kickstart, start: 2026-08-15, end: 2026-12-15, used: { coaching-call: 1 } }
          - { id: sam-ortiz, name: Sam Ortiz, emails: [sam@ortiz.example], package: kickstart, start: 2026-08-01, end: 2027-03-31, used: { coaching-call: 2 } }
          - { id: mia-chen, name: Mia Chen, emails: [mia@chen.example], package: kickstart, start: 2026-08-01, end: 2027-03-31, used: { coaching-call: 0 } }
        """;

    /// <summary>Date, sender and the ask of each message; the comment is the verdict it is planted as.</summary>
    public static readonly IReadOnlyList<(string Date, string From, string Text)> Messages =
    [
        ("2026-08-20", "alex@kim.example", "Could we book one more coaching call next week?"),          // over_quota, before the range
        ("2026-09-10", "alex@kim.example", "Could we book one more coaching call next week?"),          // over_quota coaching-call
        ("2026-10-12", "alex@kim.example", "Can we schedule another coaching session on Thursday?"),    // over_quota coaching-call
        ("2026-11-16", "alex@kim.example", "Could we add one more coaching call before my interview?"), // over_quota coaching-call
        ("2026-10-01", "alex@kim.example", "Could you design a logo for my side business?"),            // outside_expertise
        ("2026-09-20", "alex@kim.example", "Thanks for the call yesterday, it was really helpful."),    // no_request
        ("2026-09-15", "priya@nair.example", "Could you also review my cover letter for the Acme job?"), // out_of_scope cover-letter
        ("2026-11-02", "priya@nair.example", "Would you take a look at my cover letter for Globex too?"), // out_of_scope cover-letter
        ("2026-09-22", "priya@nair.example", "Can we schedule our next coaching call for Tuesday?"),     // in_scope
        ("2026-10-05", "sam@ortiz.example", "Would you be able to look over a cover letter I wrote?"),   // out_of_scope cover-letter
        ("2026-10-20", "sam@ortiz.example", "Can you help me edit the intro video for my podcast as well?"), // out_of_scope, unmatched
        ("2026-10-08", "sam@ortiz.example", "Can we schedule our next coaching call for Wednesday?"),    // in_scope
        ("2026-09-08", "mia@chen.example", "Can we schedule our next coaching call for Tuesday?"),       // in_scope
        ("2026-10-14", "mia@chen.example", "Could we set up our next coaching session for Friday?"),     // in_scope
        ("2026-11-10", "mia@chen.example", "Could you also edit my podcast intro video?"),               // out_of_scope, unmatched
        ("2026-11-20", "mia@chen.example", "Could you check my cover letter before I send it?"),         // out_of_scope cover-letter
        ("2026-09-25", "mia@chen.example", "Could you help me prepare for salary negotiation with Acme?"), // out_of_scope salary-prep
        ("2026-10-10", "stranger@nowhere.example", "Could you review my resume?"),                       // not_a_client
    ];

    /// <summary>
    /// The clients' answers to the quotes the worker drafts on the first sync, by the planted message the quote
    /// answered: a yes accepts the quote, a "not right now" declines it; the other quotes stay drafted.
    /// </summary>
    public static readonly IReadOnlyDictionary<int, (string From, string Text)> Answers = new Dictionary<int, (string, string)>
    {
        [1] = ("alex@kim.example", "Yes, go ahead."),             // the extra coaching call of 2026-09-10
        [3] = ("alex@kim.example", "Not right now, thanks."),     // the extra coaching call of 2026-11-16
        [7] = ("priya@nair.example", "Yes, go ahead."),           // the Globex cover letter
        [14] = ("mia@chen.example", "Not right now, thanks."),    // the podcast video edit
        [16] = ("mia@chen.example", "Yes, go ahead."),            // the salary negotiation prep
    };

    /// <summary>The Message-ID (without brackets) of planted message <paramref name="index"/>.</summary>
    public static string MessageIdOf(int index) => $"planted{index}@insights.example";

    /// <summary>
    /// Writes the client's answer to planted message <paramref name="index"/> into the Maildir: a reply in the
    /// thread of the worker's draft (In-Reply-To and References cite <paramref name="draftMessageId"/>), on the
    /// report's last day, after the quotes were drafted.
    /// </summary>
    public static void WriteAnswer(string maildir, int index, string draftMessageId)
    {
        var (from, text) = Answers[index];
        var mail = $"From: {from}\r\nTo: dana@reyescoaching.com\r\nSubject: Re: Re: Message {index}\r\nDate: Fri, 27 Nov 2026 12:{index:00}:00 +0000\r\n" +
                   $"Message-ID: <answer{index}@insights.example>\r\nIn-Reply-To: <{draftMessageId}>\r\nReferences: <{MessageIdOf(index)}> <{draftMessageId}>\r\n" +
                   $"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n\r\nThanks\r\n";
        File.WriteAllText(Path.Combine(maildir, "new", $"{1790100000 + index}.answer{index}.test"), mail, Encoding.ASCII);
    }

    /// <summary>Writes the scope book and the Maildir under <paramref name="folder"/>; returns (book path, Maildir path).</summary>
    public static (string Book, string Maildir) Write(string folder)
    {
        var book = Path.Combine(folder, "scope.yaml");
        File.WriteAllText(book, ScopeBook);
        var maildir = Path.Combine(folder, "Maildir");
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        for (var i = 0; i < Messages.Count; i++)
        {
            var (date, from, text) = Messages[i];
            var day = DateTimeOffset.ParseExact(date + " 10:00 +00:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture).AddMinutes(i);
            var mail = $"From: {from}\r\nTo: dana@reyescoaching.com\r\nSubject: Message {i}\r\nDate: {day.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} +0000\r\n" +
                       $"Message-ID: <{MessageIdOf(i)}>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Dana,\r\n\r\n{text}\r\n\r\nThanks\r\n";
            File.WriteAllText(Path.Combine(maildir, "new", $"{1790000000 + i}.planted{i}.test"), mail, Encoding.ASCII);
        }

        return (book, maildir);
    }
}
