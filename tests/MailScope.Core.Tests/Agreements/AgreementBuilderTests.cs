using MailScope.Core.Agreements;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Agreements;

/// <summary>The effective agreement: book + ledger + accepted quotes, as of a date (contract docs/engagements.md).</summary>
public class AgreementBuilderTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.LoadFile(RepoPaths.Of("tests", "MailScope.Core.Tests", "ScopeBooks", "books", "engagements-example.yaml"));
    private static readonly Client Alex = Book.Clients.Single(c => c.Id == "alex-kim");
    private static readonly Client Jo = Book.Clients.Single(c => c.Id == "jo-park");

    private static LedgerEntry Entry(string client, string item, string date, LedgerKind kind = LedgerKind.Delivered, int units = 1, string? quote = null) =>
        new(client, item, units, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), kind, LedgerSource.Cli) { QuoteNumber = quote };

    private static StoredQuote Quote(string number, OfferKind kind, string target, decimal total, string decided, QuoteStatus status = QuoteStatus.Accepted) =>
        new(number, "alex-kim", kind, [], total, "USD", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31), status)
        {
            TargetId = target,
            DecidedAt = DateTimeOffset.Parse(decided + "T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        };

    [Fact]
    public void The_book_alone_gives_packages_side_by_side_the_retainer_from_its_start_and_the_opening_balance()
    {
        var before = AgreementBuilder.Build(Book, Alex, [], [], new DateOnly(2026, 11, 25));
        var after = AgreementBuilder.Build(Book, Alex, [], [], new DateOnly(2026, 12, 2));

        Assert.Equal(["kickstart", "linkedin-boost"], before.Packages.Select(p => p.Id));
        Assert.False(before.RetainerActive);
        Assert.Null(before.Find("short-call"));
        Assert.True(after.RetainerActive);
        Assert.Equal((2, 0, 2), (after.Find("short-call")!.Quantity, after.Find("short-call")!.Used, after.Find("short-call")!.Left));
        var call = after.Find("coaching-call")!;
        Assert.Equal((4, 4, 0), (call.Quantity, call.Used, call.Left));
        Assert.Equal("Career Kickstart, LinkedIn Boost and Career Maintenance", after.Name);
    }

    [Fact]
    public void Ledger_entries_count_from_used_as_of_and_per_month_only_in_their_month()
    {
        LedgerEntry[] entries =
        [
            Entry("alex-kim", "resume-review", "2026-11-19"), // before used_as_of: already in the book's balance
            Entry("alex-kim", "linkedin-rewrite", "2026-11-21", LedgerKind.Goodwill),
            Entry("alex-kim", "short-call", "2026-12-03"),
            Entry("alex-kim", "short-call", "2026-12-20"),
            Entry("alex-kim", "short-call", "2027-01-05"),
        ];

        var december = AgreementBuilder.Build(Book, Alex, entries, [], new DateOnly(2026, 12, 10));
        var january = AgreementBuilder.Build(Book, Alex, entries, [], new DateOnly(2027, 1, 31));

        Assert.Equal(0, december.Find("resume-review")!.Used);
        Assert.Equal(1, december.Find("linkedin-rewrite")!.Used);
        Assert.Equal((2, 0), (december.Find("short-call")!.Used, december.Find("short-call")!.Left));
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)), (december.Find("short-call")!.PeriodStart, december.Find("short-call")!.PeriodEnd));
        Assert.Equal((1, 1), (january.Find("short-call")!.Used, january.Find("short-call")!.Left));
    }

    [Fact]
    public void A_per_month_used_balance_counts_in_the_month_of_used_as_of_only()
    {
        var client = Jo with { Used = new Dictionary<string, int> { ["short-call"] = 2 }, UsedAsOf = new DateOnly(2026, 12, 4) };

        Assert.Equal(0, AgreementBuilder.Build(Book, client, [], [], new DateOnly(2026, 12, 20)).Find("short-call")!.Left);
        Assert.Equal(2, AgreementBuilder.Build(Book, client, [], [], new DateOnly(2027, 1, 2)).Find("short-call")!.Left);
    }

    [Fact]
    public void Purchased_units_add_to_a_deliverable_and_make_an_add_on_an_item_until_used()
    {
        LedgerEntry[] entries =
        [
            Entry("alex-kim", "coaching-call", "2026-11-25", LedgerKind.Purchased, 2, "CO-2026-0001"),
            Entry("alex-kim", "cover-letter", "2026-11-25", LedgerKind.Purchased, 1, "CO-2026-0002"),
            Entry("alex-kim", "coaching-call", "2026-11-26"),
        ];
        var agreement = AgreementBuilder.Build(Book, Alex, entries, [Quote("CO-2026-0001", OfferKind.ChangeOrder, "coaching-call", 300, "2026-11-25")], new DateOnly(2026, 11, 27));

        var call = agreement.Find("coaching-call")!;
        Assert.Equal((6, 2, 5, 1), (call.Quantity, call.Purchased, call.Used, call.Left));
        var letter = agreement.Find("cover-letter")!;
        Assert.Equal((AgreedItemKind.PurchasedAddOn, 1, 0, 1), (letter.Kind, letter.Quantity, letter.Used, letter.Left));
        var amendment = Assert.Single(agreement.Amendments);
        Assert.Equal(("CO-2026-0001", "bought 2 × coaching-call"), (amendment.QuoteNumber, amendment.Summary));
    }

    [Fact]
    public void Accepted_quotes_upgrade_add_a_package_and_start_a_retainer_next_month_others_change_nothing()
    {
        var client = Jo with { PackageIds = ["kickstart"], PricePaid = 900, Used = new Dictionary<string, int> { ["coaching-call"] = 3 }, RetainerId = null };
        StoredQuote[] quotes =
        [
            Quote("UQ-2026-0001", OfferKind.Upgrade, "linkedin-boost", 100, "2026-11-10") with { ClientId = "jo-park" },
            Quote("CO-2026-0003", OfferKind.Package, "kickstart", 900, "2026-11-11") with { ClientId = "jo-park" },
            Quote("CO-2026-0004", OfferKind.Retainer, "maintenance", 300, "2026-11-12") with { ClientId = "jo-park" },
            Quote("CO-2026-0005", OfferKind.Package, "kickstart", 900, "2026-11-13", QuoteStatus.Declined) with { ClientId = "jo-park" },
        ];

        var november = AgreementBuilder.Build(Book, client, [], quotes, new DateOnly(2026, 11, 30));
        var december = AgreementBuilder.Build(Book, client, [], quotes, new DateOnly(2026, 12, 1));

        Assert.Equal(["linkedin-boost", "kickstart"], november.Packages.Select(p => p.Id));
        Assert.Equal(1000m, november.PricePaid);
        Assert.Equal(3, november.Find("coaching-call")!.Used); // kept what was delivered
        Assert.Equal(new DateOnly(2026, 12, 1), november.RetainerStart);
        Assert.False(november.RetainerActive);
        Assert.True(december.RetainerActive);
        Assert.Equal(["UQ-2026-0001", "CO-2026-0003", "CO-2026-0004"], december.Amendments.Select(a => a.QuoteNumber));
    }
}
