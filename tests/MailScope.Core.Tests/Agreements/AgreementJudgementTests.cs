using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Agreements;

/// <summary>The judge against everything a client has (contract docs/engagements.md): packages side by side, the retainer per month, excludes, ledger, purchases.</summary>
public class AgreementJudgementTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.LoadFile(RepoPaths.Of("tests", "MailScope.Core.Tests", "ScopeBooks", "books", "engagements-example.yaml"));
    private static readonly ScopeJudge Judge = new(Book);
    private static readonly DateOnly Today = new(2026, 12, 15);

    private static InboundMessage Mail(string from, string text, string? date = null) => new()
    {
        From = from,
        Subject = "Question",
        TextBody = text,
        Date = date is null ? null : DateTimeOffset.Parse(date + "T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static LedgerEntry Entry(string client, string item, string date, LedgerKind kind = LedgerKind.Delivered, int units = 1) =>
        new(client, item, units, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), kind, LedgerSource.Cli);

    private static RequestJudgement Only(MessageJudgement judgement) => Assert.Single(judgement.Requests);

    [Fact]
    public void A_retainer_call_is_over_quota_after_two_in_the_month_and_in_scope_the_next_month()
    {
        var snapshot = AgreementSnapshot.Of([Entry("jo-park", "short-call", "2026-12-02"), Entry("jo-park", "short-call", "2026-12-09")], []);
        const string ask = "Could we schedule a catch-up call next week?";

        var third = Only(Judge.Judge(Mail("jo@park.example", ask, "2026-12-14"), Today, snapshot));
        var january = Only(Judge.Judge(Mail("jo@park.example", ask, "2027-01-04"), Today, snapshot));
        var withoutLedger = Only(Judge.Judge(Mail("jo@park.example", ask, "2026-12-14"), Today));

        Assert.Equal((Verdict.OverQuota, "short-call"), (third.Verdict, third.Match.Id));
        Assert.Contains("2 of 2 used this month", third.Reason, StringComparison.Ordinal);
        Assert.Equal((Verdict.InScope, "short-call"), (january.Verdict, january.Match.Id));
        Assert.Equal(Verdict.InScope, withoutLedger.Verdict);
    }

    [Fact]
    public void A_ledger_entry_uses_the_last_unit_and_the_next_ask_is_over_quota()
    {
        const string ask = "Could you review my resume once more?";
        var before = Only(Judge.Judge(Mail("alex.kim@example.com", ask, "2026-12-01"), Today));
        var snapshot = AgreementSnapshot.Of([Entry("alex-kim", "resume-review", "2026-11-30")], []);
        var after = Only(Judge.Judge(Mail("alex.kim@example.com", ask, "2026-12-01"), Today, snapshot));
        var beforeUsedAsOf = Only(Judge.Judge(Mail("alex.kim@example.com", ask, "2026-12-01"), Today, AgreementSnapshot.Of([Entry("alex-kim", "resume-review", "2026-11-19")], [])));

        Assert.Equal((Verdict.InScope, "resume-review"), (before.Verdict, before.Match.Id));
        Assert.Equal(Verdict.OverQuota, after.Verdict);
        Assert.Equal(Verdict.InScope, beforeUsedAsOf.Verdict); // dated before used_as_of: already in the book's balance
    }

    [Fact]
    public void An_ask_is_judged_against_every_package_the_client_has()
    {
        var linkedIn = Only(Judge.Judge(Mail("alex.kim@example.com", "Could you rewrite my LinkedIn headline?", "2026-12-01"), Today));

        Assert.Equal((Verdict.InScope, "linkedin-rewrite"), (linkedIn.Verdict, linkedIn.Match.Id));
    }

    [Fact]
    public void What_a_package_excludes_is_out_of_scope_until_the_client_buys_it()
    {
        const string ask = "Could you also review my cover letter for the Acme application?";
        var excluded = Only(Judge.Judge(Mail("alex.kim@example.com", ask, "2026-12-01"), Today));
        var bought = AgreementSnapshot.Of([Entry("alex-kim", "cover-letter", "2026-11-30", LedgerKind.Purchased)], []);
        var inScope = Only(Judge.Judge(Mail("alex.kim@example.com", ask, "2026-12-01"), Today, bought));
        var usedUp = AgreementSnapshot.Of([Entry("alex-kim", "cover-letter", "2026-11-30", LedgerKind.Purchased), Entry("alex-kim", "cover-letter", "2026-12-01")], []);
        var again = Only(Judge.Judge(Mail("alex.kim@example.com", ask, "2026-12-02"), Today, usedUp));

        Assert.Equal(Verdict.OutOfScope, excluded.Verdict);
        Assert.False(excluded.Uncertain);
        Assert.Equal("Career Kickstart excludes cover letters.", excluded.Reason);
        Assert.Equal(Verdict.InScope, inScope.Verdict);
        Assert.NotEqual(Verdict.InScope, again.Verdict);
    }

    [Fact]
    public void The_usage_shown_comes_from_book_and_ledger_in_the_period()
    {
        var snapshot = AgreementSnapshot.Of([Entry("jo-park", "short-call", "2026-12-02")], []);
        var jo = Book.Clients.Single(c => c.Id == "jo-park");

        var usage = Judge.UsageOf(jo, snapshot, new DateOnly(2026, 12, 20));
        var call = usage.Single(u => u.Id == "short-call");

        Assert.Equal((2, 1, 1, QuantityPeriod.Month), (call.Quantity, call.Used, call.Left, call.Per));
        Assert.Equal(0, Judge.UsageOf(jo, snapshot, new DateOnly(2027, 1, 2)).Single(u => u.Id == "short-call").Used);
    }

    [Fact]
    public void A_retainer_client_over_quota_is_offered_paid_paths_but_no_upgrade_and_not_the_retainer_they_have()
    {
        var snapshot = AgreementSnapshot.Of([Entry("jo-park", "short-call", "2026-12-02"), Entry("jo-park", "short-call", "2026-12-09")], []);
        var judgement = Judge.Judge(Mail("jo@park.example", "Could we schedule a catch-up call next week?", "2026-12-14"), Today, snapshot);

        var offers = new MailScope.Core.Offers.OfferPlanner(Book).OffersFor(judgement, Today, null, snapshot);

        Assert.Equal(Verdict.OverQuota, judgement.Verdict);
        Assert.Contains(offers, o => o.Kind == MailScope.Core.Offers.OfferKind.ChangeOrder);
        Assert.DoesNotContain(offers, o => o.Kind == MailScope.Core.Offers.OfferKind.Upgrade);
        Assert.DoesNotContain(offers, o => o.Kind == MailScope.Core.Offers.OfferKind.Retainer && o.Id == "maintenance");
    }
}
