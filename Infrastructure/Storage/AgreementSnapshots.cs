using MailScope.Core.Agreements;

namespace MailScope.Infrastructure.Storage;

/// <summary>
/// Reads an <see cref="AgreementSnapshot"/> from the store: every ledger entry and, when a quote book is
/// registered, every accepted quote. Hosts read one per sync batch or request and judge from it.
/// </summary>
public sealed class AgreementSnapshots(ILedger ledger, IQuoteBook? quotes = null)
{
    public async Task<AgreementSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var entries = await ledger.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var accepted = quotes is null ? [] : await quotes.ListAsync(QuoteStatus.Accepted, null, cancellationToken).ConfigureAwait(false);
        return AgreementSnapshot.Of(entries, accepted);
    }
}
