using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Offers;

/// <summary>The two answers that sell nothing: a kind, firm no, and a yes this once as a courtesy.</summary>
public sealed partial class OfferPlanner
{
    private Offer Decline(List<RequestJudgement> asks)
    {
        // A referral fits when an ask is someone else's expertise: the no then points somewhere useful.
        var referral = asks.Where(a => a.Match.Kind == MatchKind.Referral)
            .Select(a => _book.Provider.Referrals.FirstOrDefault(r => r.Name == a.Match.Id)).OfType<Referral>().FirstOrDefault();
        return new Offer(OfferKind.Decline, referral?.Name, "Decline politely", _book.Provider.Currency, [])
        {
            ReferralEmail = referral?.Email,
            Explanation = "It isn't covered, and to be fair to my other clients I can't include it.",
        };
    }

    /// <summary>Goodwill for the first ask that names a deliverable or an add-on, priced as it would be next time; null when none does.</summary>
    private Offer? Goodwill(List<RequestJudgement> asks, Package package)
    {
        foreach (var ask in asks.Where(a => a.Match.Kind != MatchKind.Referral))
        {
            var addOnMatch = ask.Match.Kind == MatchKind.AddOn ? ask.Match : _index.MatchAddOn(ask.Text, package);
            var addOn = addOnMatch.Kind == MatchKind.AddOn ? _book.AddOns.First(a => a.Id == addOnMatch.Id) : null;
            var units = Math.Max(1, ask.Quantity);
            // Over quota, the units given away count against the deliverable; otherwise against the add-on.
            var deliverable = DeliverableOf(ask) is { } id ? package.FindDeliverable(id) : null;
            var (itemId, itemName) = deliverable is not null ? (deliverable.Id, deliverable.Name) : addOn is not null ? (addOn.Id, addOn.Name) : (null, null);
            var price = addOn?.Price ?? (_book.Provider.HourlyRate is { } rate ? rate * EstimateHours(ask.Text) : (decimal?)null);
            if (itemId is null || price is null)
            {
                continue;
            }

            var value = price.Value * units;
            return new Offer(OfferKind.Goodwill, itemId, $"Goodwill: {itemName} this once", _book.Provider.Currency, [])
            {
                Courtesy = new Courtesy(itemId, itemName!, units, value),
                Explanation = $"This once, as a courtesy; next time {itemName} would be {Money(value)}.",
            };
        }

        return null;
    }
}
