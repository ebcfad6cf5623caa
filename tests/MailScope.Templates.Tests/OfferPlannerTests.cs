using MailScope.Core.Offers;

namespace MailScope.Templates.Tests;

public class OfferPlannerTests
{
    private static readonly OfferPlanner Planner = new(Fixtures.Book);

    [Fact]
    public void Over_quota_defaults_to_the_add_on_with_the_existing_client_discount()
    {
        var (_, judgement) = Fixtures.Judged("alex.kim@example.com", "Could we squeeze in one more session next week?");
        var offer = Planner.Choose(judgement, Fixtures.Today);

        Assert.Equal((OfferKind.AddOn, "extra-call"), (offer.Kind, offer.Id));
        Assert.Equal(200m, offer.Subtotal);
        Assert.Equal(20m, offer.Discount);
        Assert.Equal(180m, offer.Total);
    }

    [Fact]
    public void An_upgrade_costs_the_difference_and_lists_delivered_and_outstanding()
    {
        var (_, judgement) = Fixtures.Judged("alex.kim@example.com", "Could we squeeze in one more session next week?");
        var offer = Planner.Choose(judgement, Fixtures.Today, OfferKind.Upgrade);

        Assert.Equal("accelerator", offer.Id);
        Assert.Equal(2400m - 900m, offer.Subtotal);
        var calls = offer.Upgrade.Single(r => r.Deliverable == "60-minute coaching call");
        Assert.Equal((4, 6), (calls.Delivered, calls.Outstanding!.Value));
        Assert.Null(offer.Upgrade.Single(r => r.Deliverable.StartsWith("Email", StringComparison.Ordinal)).Outstanding);
    }

    [Fact]
    public void Outside_expertise_defaults_to_the_referral_without_a_price()
    {
        var (_, judgement) = Fixtures.Judged("alex.kim@example.com", "Could you also design a logo for my side business?");
        var offer = Planner.Choose(judgement, Fixtures.Today);

        Assert.Equal((OfferKind.Referral, "Sam Patel", "sam@patelbrand.example"), (offer.Kind, offer.Id, offer.ReferralEmail));
        Assert.Null(offer.Total);
        Assert.False(offer.HasQuote);
    }

    [Fact]
    public void After_the_engagement_the_retainer_comes_first()
    {
        var (_, judgement) = Fixtures.Judged("jordan@leeconsulting.example", "Could we do a coaching call next week?");
        var offer = Planner.Choose(judgement, Fixtures.Today);

        Assert.Equal(OfferKind.Retainer, offer.Kind);
        Assert.Equal(300m, offer.Subtotal);
        Assert.Contains("Two 30-minute calls", offer.Allowance, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_packages_deliverable_offers_that_package_and_an_upgrade()
    {
        var (_, judgement) = Fixtures.Judged("priya.nair@example.org", "Could you also rewrite my LinkedIn profile?");
        var offers = Planner.OffersFor(judgement, Fixtures.Today);

        Assert.Contains(offers, o => o.Kind == OfferKind.Package && o.Id == "accelerator" && o.Subtotal == 2400m);
        Assert.Contains(offers, o => o.Kind == OfferKind.Upgrade && o.Subtotal == 2400m - 900m);
    }

    [Fact]
    public void A_change_order_prices_hours_at_the_hourly_rate_and_takes_an_override()
    {
        var (_, judgement) = Fixtures.Judged("priya.nair@example.org", "Could you write a speech for my sister's wedding?");
        var estimated = Planner.Choose(judgement, Fixtures.Today, OfferKind.ChangeOrder);
        var overridden = Planner.Choose(judgement, Fixtures.Today, OfferKind.ChangeOrder, hours: 3);

        Assert.Equal(2m * 150m, estimated.Subtotal);
        Assert.Equal(3m * 150m, overridden.Subtotal);
        Assert.Equal(3m * 150m * 0.9m, overridden.Total);
    }

    [Fact]
    public void An_offer_that_does_not_apply_is_refused_with_the_reason()
    {
        var (_, judgement) = Fixtures.Judged("alex.kim@example.com", "Could you also design a logo for my side business?");
        var ex = Assert.Throws<OfferException>(() => Planner.Choose(judgement, Fixtures.Today, OfferKind.Upgrade));
        Assert.Contains("upgrade does not apply", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_that_is_not_flagged_gets_no_offer()
    {
        var (_, judgement) = Fixtures.Judged("priya.nair@example.org", "Can we book our second coaching call for Thursday?");
        Assert.Empty(Planner.OffersFor(judgement, Fixtures.Today));
        Assert.Throws<OfferException>(() => Planner.Choose(judgement, Fixtures.Today));
    }
}
