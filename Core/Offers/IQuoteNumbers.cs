namespace MailScope.Core.Offers;

/// <summary>
/// Hands out quote numbers (<c>CO-2026-0001</c> for change orders, <c>UQ-2026-0001</c> for upgrade quotes):
/// unique and increasing per provider, never reused, also when several processes draft at once.
/// </summary>
public interface IQuoteNumbers
{
    /// <summary>The next number for quotes of <paramref name="kind"/> issued on <paramref name="issued"/>.</summary>
    Task<string> NextAsync(OfferKind kind, DateOnly issued, CancellationToken cancellationToken);
}
