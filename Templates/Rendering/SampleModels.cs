using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.Messages;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;

namespace MailScope.Templates.Rendering;

/// <summary>
/// Models every branch of a template can be checked against when templates load: one with every
/// optional part present (quote, discount, upgrade rows, signature) and one with them absent.
/// </summary>
internal static class SampleModels
{
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> All { get; } = Build();

    /// <summary>Confirmation models: an upgrade with extras and a signature, and a bare change order.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Confirmations { get; } = BuildConfirmations();

    /// <summary>Whether a template renders a confirmation model (<c>confirmation.*</c>, <c>agreement.*</c>) rather than a reply model.</summary>
    public static bool IsConfirmation(string name) =>
        name.StartsWith("confirmation.", StringComparison.Ordinal) || name.StartsWith("agreement.", StringComparison.Ordinal);

    private static List<IReadOnlyDictionary<string, object?>> BuildConfirmations()
    {
        var small = new Package("basic", "Basic", 100, [new Deliverable("call", "Call", 2, "call", [])]);
        var large = new Package("bigger", "Bigger", 150, [new Deliverable("call", "Call", 5, "call", []), new Deliverable("email", "Email", null, null, [])]);
        var book = new ScopeBook(
            new Provider("Provider", "p@example.com", "USD", 50, [], [], 10),
            [small, large], [new AddOn("extra", "Extra", 20, [])], [new Retainer("keep", "Keep", 30, "allowance")], [], "sample");
        var client = new Client("c", "Client Name", ["c@example.com"], [], "basic", null, new DateOnly(2026, 1, 1), null, new Dictionary<string, int> { ["call"] = 2 });
        var day = new DateOnly(2026, 1, 2);
        var upgrade = new Core.Agreements.StoredQuote("UQ-2026-0001", "c", OfferKind.Upgrade, [new QuoteLine("Upgrade", 1, 50) { ItemId = "bigger" }], 50, "USD",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), Core.Agreements.QuoteStatus.Accepted) { TargetId = "bigger", DecidedAt = DateTimeOffset.UnixEpoch };
        var retainer = new Core.Agreements.StoredQuote("CO-2026-0002", "c", OfferKind.Retainer, [new QuoteLine("Keep", 1, 30)], 30, "USD",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), Core.Agreements.QuoteStatus.Accepted) { TargetId = "keep", DecidedAt = DateTimeOffset.UnixEpoch };
        var extra = new Core.Agreements.LedgerEntry("c", "extra", 2, day, Core.Agreements.LedgerKind.Purchased, Core.Agreements.LedgerSource.Mail) { QuoteNumber = "CO-2026-0001" };
        var changeOrder = new Core.Agreements.StoredQuote("CO-2026-0003", "c", OfferKind.ChangeOrder, [new QuoteLine("Hours", 1, 50)], 50, "USD",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), Core.Agreements.QuoteStatus.Accepted);
        return
        [
            ConfirmationModel.Build(book, Core.Agreements.AgreementBuilder.Build(book, client, [extra], [upgrade, retainer], day), upgrade, "Signature"),
            ConfirmationModel.Build(book, Core.Agreements.AgreementBuilder.Build(book, client, [], [], day), changeOrder, null),
        ];
    }

    /// <summary>Digest models: a week with recurring extras and suggestions, and an empty week.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Digest { get; } = BuildDigest();

    private static List<IReadOnlyDictionary<string, object?>> BuildDigest()
    {
        var book = new ScopeBook(new Provider("Provider Name", "p@example.com", "USD", 50, [], [], null), [], [], [], [], "sample");
        var day = new DateOnly(2026, 1, 5);
        var figures = new MailScope.Core.Insights.InsightFigures(
            MailScope.Core.Insights.InsightsBuilder.AskVerdicts.ToDictionary(v => v, _ => 1, StringComparer.Ordinal), 1,
            new MailScope.Core.Insights.QuoteFigures(1, 1, 0, 10), new MailScope.Core.Insights.GoodwillFigures(1, 5),
            [new MailScope.Core.Insights.RecurringExtra("extra", "out_of_scope", 2, day, day)]);
        var full = new MailScope.Core.Insights.InsightsReport(day, day, [], figures, [new MailScope.Core.Insights.Suggestion("Do this.", "reprice", null, "extra")]);
        var empty = full with { Totals = figures with { Recurring = [] }, Suggestions = [] };
        return [Templates.Digest.DigestModel.Build(book, full, full), Templates.Digest.DigestModel.Build(book, empty, empty)];
    }

    private static List<IReadOnlyDictionary<string, object?>> Build()
    {
        var deliverable = new Deliverable("call", "Call", 2, "call", []);
        var package = new Package("basic", "Basic", 100, [deliverable, new Deliverable("email", "Email", null, null, [])]);
        var book = new ScopeBook(
            new Provider("Provider", "p@example.com", "USD", 50, [], [], 10),
            [package], [], [], [], "sample");
        var client = new Client("c", "Client Name", ["c@example.com"], [], "basic", null, new DateOnly(2026, 1, 1), null, new Dictionary<string, int> { ["call"] = 2 });
        var message = new InboundMessage { From = "c@example.com", FromName = "Client", Subject = "Hello", Date = DateTimeOffset.UnixEpoch };
        var ask = new RequestJudgement("Could we have one more call?", Verdict.OverQuota, new ScopeMatch(MatchKind.Deliverable, "call", "Call", "call"), "Could we have", "reason", 1);
        var judgement = new MessageJudgement("c", Verdict.OverQuota, [ask], "reason");
        var full = new Offer(OfferKind.Upgrade, "bigger", "Upgrade to Bigger", "USD", [new QuoteLine("Upgrade", 1, 50)])
        {
            DiscountPercent = 10,
            Explanation = "explanation",
            Allowance = "allowance",
            ReferralEmail = "r@example.com",
            Upgrade = [new UpgradeRow("Call", 2, 3), new UpgradeRow("Email", 0, null)],
        };
        var bare = new Offer(OfferKind.Referral, null, "Referral to Someone", "USD", []);
        return
        [
            ReplyModel.Build(book, client, message, judgement, full, new QuoteInfo("UQ-2026-0001", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)), "Signature"),
            ReplyModel.Build(book, client, message, judgement, bare, null, null),
        ];
    }
}
