using System.Globalization;
using MailScope.Core.Offers;

namespace MailScope.Infrastructure.Storage;

/// <summary>Quote numbers from a counter in the store: unique across every worker sharing it.</summary>
public sealed class StoreQuoteNumbers(SqlSyncStore store) : IQuoteNumbers
{
    public async Task<string> NextAsync(OfferKind kind, DateOnly issued, CancellationToken cancellationToken)
    {
        var prefix = kind == OfferKind.Upgrade ? "UQ" : "CO";
        var key = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{issued.Year}");
        var next = await store.NextCounterAsync(key, cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"{key}-{next:D4}");
    }
}
