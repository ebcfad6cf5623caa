using System.Globalization;
using System.Text.RegularExpressions;
using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Offers;

/// <summary>
/// Works out the paid paths for a flagged message — change order, add-on, another package, upgrade paying
/// the difference, retainer, referral — priced from the scope book, and picks the one that fits best.
/// </summary>
public sealed partial class OfferPlanner
{
    /// <summary>A retainer becomes the natural offer this close to the end of an engagement.</summary>
    public const int RetainerWindowDays = 30;

    private readonly ScopeBook _book;
    private readonly ScopeIndex _index;

    public OfferPlanner(ScopeBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        _book = book;
        _index = new ScopeIndex(book);
    }

    /// <summary>
    /// Every offer that applies to the message as of <paramref name="today"/>, best first for its
    /// <paramref name="judgement"/>; <paramref name="hours"/> prices a change order by the hour (estimated per ask when null).
    /// </summary>
    public IReadOnlyList<Offer> OffersFor(MessageJudgement judgement, DateOnly today, decimal? hours = null) => OffersFor(judgement, today, hours, AgreementSnapshot.Empty);

    /// <summary>
    /// As <see cref="OffersFor(MessageJudgement, DateOnly, decimal?)"/>, with what was delivered, bought and
    /// upgraded taken from the book plus <paramref name="agreements"/> (the ledger and accepted quotes).
    /// </summary>
    public IReadOnlyList<Offer> OffersFor(MessageJudgement judgement, DateOnly today, decimal? hours, AgreementSnapshot agreements)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        ArgumentNullException.ThrowIfNull(judgement);
        if (!judgement.Flagged || _book.Clients.FirstOrDefault(c => c.Id == judgement.ClientId) is not { } client)
        {
            return [];
        }

        // The package an upgrade starts from is the agreement's first (an accepted upgrade moved it on).
        var agreement = AgreementBuilder.Build(_book, client, agreements, today);
        var onRetainerAlone = agreement.Packages.Count == 0;
        if (onRetainerAlone && agreement.Retainer is null)
        {
            return [];
        }

        // A client on a retainer alone is offered add-ons, change orders and packages; there is no package to upgrade.
        var package = onRetainerAlone
            ? new Package(agreement.Retainer!.Id, agreement.Retainer.Name, agreement.Retainer.MonthlyPrice, agreement.Retainer.Deliverables)
            : agreement.Packages[0];
        client = client with { PricePaid = agreement.PricePaid, Used = agreement.Items.ToDictionary(i => i.Id, i => i.Used, StringComparer.Ordinal) };

        var asks = judgement.Requests.Where(r => r.Verdict.IsFlagged()).ToList();
        var ended = client.HasEndedBy(today);
        var offers = new List<Offer>();
        offers.AddRange(Referrals(asks));
        if (!ended)
        {
            offers.AddRange(AddOns(asks, package));
        }

        offers.AddRange(Packages(asks, client));
        if (!onRetainerAlone && Upgrade(asks, client, package) is { } upgrade)
        {
            offers.Add(upgrade);
        }

        if (ChangeOrder(asks, package, hours) is { } changeOrder)
        {
            offers.Add(changeOrder);
        }

        offers.AddRange(Retainers(client, today, agreement.RetainerActive ? agreement.Retainer!.Id : null));
        // Last, never the best unless asked for: the answers that sell nothing.
        if (Goodwill(asks, package) is { } goodwill)
        {
            offers.Add(goodwill);
        }

        offers.Add(Decline(asks));
        return offers.OrderBy(o => Preference(o, judgement.Verdict, ended, client, today)).ToList();
    }

    /// <summary>The offer of <paramref name="kind"/>, or the best one when null.</summary>
    /// <exception cref="OfferException">The message is not flagged, or no offer of that kind applies.</exception>
    public Offer Choose(MessageJudgement judgement, DateOnly today, OfferKind? kind = null, decimal? hours = null) => Choose(judgement, today, kind, hours, AgreementSnapshot.Empty);

    /// <summary>The offer of <paramref name="kind"/>, or the best one when null, with usage from book and <paramref name="agreements"/>.</summary>
    /// <exception cref="OfferException">The message is not flagged, or no offer of that kind applies.</exception>
    public Offer Choose(MessageJudgement judgement, DateOnly today, OfferKind? kind, decimal? hours, AgreementSnapshot agreements)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        if (!judgement.Flagged)
        {
            throw new OfferException($"The message is not flagged ({judgement.Verdict.ToWire()}): there is nothing to offer.");
        }

        if (kind == OfferKind.ChangeOrder && _book.Provider.HourlyRate is null && hours is not null)
        {
            throw new OfferException("A change order priced by the hour needs provider.hourly_rate in the scope book.");
        }

        var offers = OffersFor(judgement, today, hours, agreements);
        if (kind is null)
        {
            return offers.FirstOrDefault(o => !o.Kind.IsCourtesy()) ?? throw new OfferException("No paid path applies to this message.");
        }

        return offers.FirstOrDefault(o => o.Kind == kind) ?? throw new OfferException(WhyNot(kind.Value));
    }

    private string WhyNot(OfferKind kind) => kind switch
    {
        OfferKind.Upgrade => "No larger package covers this ask, so an upgrade does not apply.",
        OfferKind.AddOn => "No add-on on the menu matches this ask (add-ons are offered to current clients only).",
        OfferKind.Package => "No other package covers this ask.",
        OfferKind.Retainer => "The scope book has no retainers.",
        OfferKind.Referral => "No referral in the scope book covers this ask.",
        OfferKind.Goodwill => "Goodwill needs an ask that names a deliverable or an add-on, and a price for it (an add-on or provider.hourly_rate).",
        _ => _book.Provider.HourlyRate is null
            ? "A change order needs provider.hourly_rate in the scope book (or an add-on that matches the ask)."
            : "No change order applies.",
    };

    private IEnumerable<Offer> Referrals(List<RequestJudgement> asks) =>
        asks.Where(a => a.Match.Kind == MatchKind.Referral)
            .Select(a => a.Match.Id!)
            .Distinct(StringComparer.Ordinal)
            .Select(name => _book.Provider.Referrals.First(r => r.Name == name))
            .Select(r => new Offer(OfferKind.Referral, r.Name, $"Referral to {r.Name}", _book.Provider.Currency, [])
            {
                ReferralEmail = r.Email,
                Explanation = $"This is outside my expertise; {r.Name} specialises in {string.Join(", ", r.Expertise)}.",
            });

    private IEnumerable<Offer> AddOns(List<RequestJudgement> asks, Package package)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ask in asks)
        {
            var match = ask.Match.Kind == MatchKind.AddOn ? ask.Match : _index.MatchAddOn(ask.Text, package);
            if (match.Kind != MatchKind.AddOn || !seen.Add(match.Id!))
            {
                continue;
            }

            var addOn = _book.AddOns.First(a => a.Id == match.Id);
            var quantity = Math.Max(1, ask.Quantity);
            yield return new Offer(OfferKind.AddOn, addOn.Id, addOn.Name, _book.Provider.Currency, [new QuoteLine(addOn.Name, quantity, addOn.Price) { ItemId = addOn.Id }])
            {
                DiscountPercent = _book.Provider.ExistingClientDiscount,
                Explanation = $"'{addOn.Name}' is on the menu for current clients.",
            };
        }
    }

    private IEnumerable<Offer> Packages(List<RequestJudgement> asks, Client client) =>
        asks.Where(a => a.Match.Kind == MatchKind.Package && a.Match.Id != client.PackageId)
            .Select(a => _book.FindPackage(a.Match.Id!)!)
            .DistinctBy(p => p.Id)
            .Select(p => new Offer(OfferKind.Package, p.Id, p.Name, _book.Provider.Currency, [new QuoteLine(p.Name, 1, p.Price) { ItemId = p.Id }])
            {
                Explanation = $"{p.Name} includes what you asked for.",
            });

    private Offer? Upgrade(List<RequestJudgement> asks, Client client, Package package)
    {
        var wanted = asks.Select(a => a.Match switch
        {
            { Kind: MatchKind.Deliverable } m => m.Id,
            { Kind: MatchKind.Package } m => m.DeliverableId,
            _ => null,
        }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        var paid = client.PricePaid ?? package.Price;
        var target = _book.Packages
            .Where(p => p.Price > package.Price && wanted.All(id => Covers(p, id, client)))
            .OrderBy(p => p.Price)
            .FirstOrDefault();
        if (target is null)
        {
            return null;
        }

        var rows = target.Deliverables.Select(d =>
        {
            var delivered = package.FindDeliverable(d.Id) is null ? 0 : client.UsedOf(d.Id);
            return new UpgradeRow(d.Name, delivered, d.Quantity is { } q ? Math.Max(0, q - delivered) : null);
        }).ToList();
        var difference = Math.Max(0, target.Price - paid);
        return new Offer(OfferKind.Upgrade, target.Id, $"Upgrade to {target.Name}", _book.Provider.Currency,
            [new QuoteLine($"Upgrade from {package.Name} to {target.Name} (difference)", 1, difference) { ItemId = target.Id }])
        {
            Upgrade = rows,
            DiscountPercent = _book.Provider.ExistingClientDiscount,
            Explanation = $"{target.Name} costs {Money(target.Price)}; you paid {Money(paid)}, so you pay only the difference of {Money(difference)} and keep what was delivered.",
        };
    }

    private static bool Covers(Package target, string deliverableId, Client client) =>
        target.FindDeliverable(deliverableId) is { } d && (d.Quantity is null || d.Quantity > client.UsedOf(deliverableId));

    private Offer? ChangeOrder(List<RequestJudgement> asks, Package package, decimal? hours)
    {
        var lines = new List<QuoteLine>();
        foreach (var ask in asks.Where(a => a.Match.Kind != MatchKind.Referral))
        {
            var addOnMatch = ask.Match.Kind == MatchKind.AddOn ? ask.Match : _index.MatchAddOn(ask.Text, package);
            if (hours is null && addOnMatch.Kind == MatchKind.AddOn)
            {
                var addOn = _book.AddOns.First(a => a.Id == addOnMatch.Id);
                lines.Add(new QuoteLine($"{addOn.Name}: \u201c{Shorten(ask.Text)}\u201d", Math.Max(1, ask.Quantity), addOn.Price) { ItemId = addOn.Id });
            }
            else if (_book.Provider.HourlyRate is { } rate)
            {
                lines.Add(new QuoteLine($"\u201c{Shorten(ask.Text)}\u201d (hours)", hours ?? EstimateHours(ask.Text), rate) { ItemId = DeliverableOf(ask), Units = Math.Max(1, ask.Quantity) });
            }
        }

        return lines.Count == 0 ? null : new Offer(OfferKind.ChangeOrder, null, "Change order", _book.Provider.Currency, lines)
        {
            DiscountPercent = _book.Provider.ExistingClientDiscount,
            Explanation = "A change order adds this work to our agreement at a clear price.",
        };
    }

    /// <summary>The deliverable an ask wants one more of (an over-quota ask), which a change order adds to.</summary>
    private static string? DeliverableOf(RequestJudgement ask) => ask.Match switch
    {
        { Kind: MatchKind.Deliverable } m => m.Id,
        { Kind: MatchKind.Package } m => m.DeliverableId,
        _ => null,
    };

    private IEnumerable<Offer> Retainers(Client client, DateOnly today, string? current) =>
        _book.Retainers.Where(r => r.Id != current).Select(r => new Offer(OfferKind.Retainer, r.Id, r.Name, _book.Provider.Currency, [new QuoteLine($"{r.Name} (per month)", 1, r.MonthlyPrice)])
        {
            Allowance = r.Allowance,
            Explanation = client.HasEndedBy(today)
                ? "Our engagement has ended; a monthly plan keeps the support going."
                : $"A monthly plan covers this kind of ongoing help: {r.Allowance}.",
        });

    private static int Preference(Offer offer, Verdict verdict, bool ended, Client client, DateOnly today)
    {
        var nearEnd = client.End is { } end && end.DayNumber - today.DayNumber <= RetainerWindowDays;
        return (offer.Kind, verdict) switch
        {
            (OfferKind.Retainer, _) when ended => 0,
            (OfferKind.Referral, Verdict.OutsideExpertise) => 0,
            (OfferKind.AddOn, _) => 1,
            (OfferKind.Upgrade, Verdict.OverQuota) => 2,
            (OfferKind.Package, Verdict.OutOfScope) => 2,
            (OfferKind.Retainer, _) when nearEnd => 3,
            (OfferKind.ChangeOrder, _) => 4,
            (OfferKind.Upgrade, _) => 5,
            (OfferKind.Package, _) => 5,
            (OfferKind.Referral, _) => 6,
            (OfferKind.Goodwill, _) => 8,
            (OfferKind.Decline, _) => 9,
            _ => 7,
        };
    }

    /// <summary>A first estimate the user can override: making something new takes longer than a look.</summary>
    private static decimal EstimateHours(string ask) => MakesSomething().IsMatch(ask) ? 2m : 1m;

    private static string Shorten(string text) => text.Length <= 140 ? text : string.Concat(text.AsSpan(0, 137), "...");

    private string Money(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"{amount:N2} {_book.Provider.Currency}");

    [GeneratedRegex(@"\b(design|build|creat|writ|rewrit|develop|redo|redesign|set\s*up|produc|translat|record|shoot|film)", RegexOptions.IgnoreCase)]
    private static partial Regex MakesSomething();
}
