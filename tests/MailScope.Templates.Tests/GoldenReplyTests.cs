using MailScope.Core.Offers;
using MailScope.Templates.Drafting;
using MailScope.Templates.Rendering;

namespace MailScope.Templates.Tests;

/// <summary>
/// Golden files: for every offer kind a message and the sample book go in, and the reply must equal the
/// expected text and HTML kept beside it (tests/MailScope.Templates.Tests/Golden/KIND/). After a deliberate
/// template change, run with MAILSCOPE_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public class GoldenReplyTests
{
    private static readonly TemplateSet Templates = TemplateSet.Load();

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "change-order", "priya.nair@example.org", "Could you write a speech for my sister's wedding?" },
        { "addon", "alex.kim@example.com", "Could we squeeze in one more session next week before my final interview?" },
        { "package", "priya.nair@example.org", "It would be great if you could also rewrite my LinkedIn profile so it matches the new resume." },
        { "upgrade", "alex.kim@example.com", "Could you look over my resume one more time? I changed the summary." },
        { "retainer", "jordan@leeconsulting.example", "Would it be possible to do a quick call to prep for a promotion conversation next month?" },
        { "referral", "alex.kim@example.com", "Do you know anyone who could help me with my tax return?" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reply_matches_its_golden_files(string kind, string from, string body)
    {
        var folder = RepoPaths.Of("tests", "MailScope.Templates.Tests", "Golden", kind);
        var (message, judgement) = Fixtures.Judged(from, $"Hi Dana,\n\n{body}\n\nThanks!", subject: "Next steps");
        var draft = await new ReplyDrafter(Fixtures.Book, Templates, new FixedQuoteNumbers())
            .DraftAsync(message, judgement, Fixtures.Today, OfferKinds.Parse(kind), null, "Reyes Career Coaching · reyescoaching.com", CancellationToken.None);

        Assert.Equal(kind, draft.Offer.Kind.ToWire());
        Assert.Equal("Re: Next steps", draft.Subject);
        Assert.Equal(draft.Offer.HasQuote, draft.Quote is not null);
        var document = $"message: {body}\n";
        if (Environment.GetEnvironmentVariable("MAILSCOPE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "message.txt"), document);
            await File.WriteAllTextAsync(Path.Combine(folder, "expected.txt"), draft.Text);
            await File.WriteAllTextAsync(Path.Combine(folder, "expected.html"), draft.Html);
        }

        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder, "message.txt")), document);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder, "expected.txt")), draft.Text);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder, "expected.html")), draft.Html);
    }
}
