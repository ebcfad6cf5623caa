using MailScope.Core.Offers;

namespace MailScope.Core.Agreements;

/// <summary>How a decision on a quote went.</summary>
public enum DecisionOutcome
{
    /// <summary>The quote moved from drafted to the asked status now.</summary>
    Decided,

    /// <summary>It already had the asked status: nothing changed (a second "yes").</summary>
    Unchanged,

    /// <summary>No quote has that number.</summary>
    Unknown,

    /// <summary>It is past its valid_until (now marked expired) and cannot be accepted.</summary>
    Expired,

    /// <summary>It was already decided otherwise (declined, withdrawn, accepted…).</summary>
    Conflict,
}

/// <summary>The outcome of a decision with the quote as it stands afterwards (null when unknown).</summary>
public sealed record QuoteDecision(DecisionOutcome Outcome, StoredQuote? Quote);

/// <summary>
/// Decides quotes (contract: docs/engagements.md, "Quotes"): a drafted quote past its valid_until is expired and
/// cannot be accepted; deciding is idempotent; an accepted add-on or change order writes one purchased ledger
/// entry per line (the agreement counts purchased units only from them). Upgrades, packages and retainers
/// amend the agreement from the accepted quote itself.
/// </summary>
public sealed class QuoteDecisions(IQuoteBook quotes, ILedger? ledger)
{
    /// <summary>
    /// Marks the drafted quotes past their valid_until as expired (returns how many were), and writes the purchases
    /// of accepted add-ons and change orders that a worker killed right after deciding them left unwritten.
    /// </summary>
    public async Task<int> ExpireAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ledger is not null)
        {
            var bought = (await ledger.ListAsync(null, cancellationToken).ConfigureAwait(false))
                .Where(e => e.Kind == LedgerKind.Purchased && e.QuoteNumber is not null).Select(e => e.QuoteNumber!).ToHashSet(StringComparer.Ordinal);
            foreach (var accepted in (await quotes.ListAsync(QuoteStatus.Accepted, null, cancellationToken).ConfigureAwait(false)).Where(q => !bought.Contains(q.Number)))
            {
                await EnsurePurchasedAsync(accepted, LedgerSource.Mail, cancellationToken).ConfigureAwait(false);
            }
        }

        var expired = 0;
        foreach (var quote in await quotes.ListAsync(QuoteStatus.Drafted, null, cancellationToken).ConfigureAwait(false))
        {
            if (quote.ValidUntil < today && await quotes.DecideAsync(quote.Number, QuoteStatus.Expired, now, "expiry", cancellationToken).ConfigureAwait(false))
            {
                expired++;
            }
        }

        return expired;
    }

    /// <summary>
    /// Moves quote <paramref name="number"/> to <paramref name="status"/> as of <paramref name="today"/>; <paramref name="decidedBy"/>
    /// is the answering message's key or <c>cli</c>, <paramref name="source"/> where the decision came from.
    /// </summary>
    public async Task<QuoteDecision> DecideAsync(
        string number, QuoteStatus status, DateOnly today, DateTimeOffset now, string decidedBy, LedgerSource source, CancellationToken cancellationToken)
    {
        var quote = await quotes.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (quote is null)
        {
            return new QuoteDecision(DecisionOutcome.Unknown, null);
        }

        if (quote.Status == QuoteStatus.Drafted && quote.ValidUntil < today && status != QuoteStatus.Withdrawn)
        {
            await quotes.DecideAsync(number, QuoteStatus.Expired, now, "expiry", cancellationToken).ConfigureAwait(false);
            return new QuoteDecision(DecisionOutcome.Expired, await quotes.GetAsync(number, cancellationToken).ConfigureAwait(false));
        }

        var decided = await quotes.DecideAsync(number, status, now, decidedBy, cancellationToken).ConfigureAwait(false);
        var after = await quotes.GetAsync(number, cancellationToken).ConfigureAwait(false) ?? quote;
        if (after.Status != status)
        {
            return new QuoteDecision(after.Status == QuoteStatus.Expired ? DecisionOutcome.Expired : DecisionOutcome.Conflict, after);
        }

        if (decided && status == QuoteStatus.Accepted)
        {
            // Written once whoever writes them (checked and written in one transaction); a later sync repairs them after a crash.
            await EnsurePurchasedAsync(after, source, cancellationToken).ConfigureAwait(false);
        }

        return new QuoteDecision(decided ? DecisionOutcome.Decided : DecisionOutcome.Unchanged, after);
    }

    /// <summary>Writes the purchased entries of an accepted add-on or change order unless they are there already.</summary>
    public async Task EnsurePurchasedAsync(StoredQuote quote, LedgerSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (ledger is null || quote.Status != QuoteStatus.Accepted || quote.Kind is not (OfferKind.AddOn or OfferKind.ChangeOrder))
        {
            return;
        }

        var on = quote.DecidedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : quote.Created;
        var entries = quote.Lines
            .Where(line => (line.ItemId ?? quote.TargetId) is not null) // hours for work that names nothing in the book: nothing to count against
            .Select(line => new LedgerEntry(quote.ClientId, (line.ItemId ?? quote.TargetId)!, line.Units ?? (int)Math.Ceiling(line.Quantity), on, LedgerKind.Purchased, source)
            {
                Value = line.Amount,
                QuoteNumber = quote.Number,
                Note = line.Description,
                MessageKey = source == LedgerSource.Mail ? quote.DecidedBy : null,
            })
            .ToList();
        if (entries.Count > 0)
        {
            await ledger.AddPurchasesOnceAsync(quote.Number, entries, cancellationToken).ConfigureAwait(false);
        }
    }
}
