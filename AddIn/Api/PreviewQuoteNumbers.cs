using MailScope.Core.Offers;

namespace MailScope.AddIn.Api;

/// <summary>The number a previewed quote carries: visibly not a real one, and never taken from the counter.</summary>
internal sealed class PreviewQuoteNumbers : IQuoteNumbers
{
    public static readonly PreviewQuoteNumbers Instance = new();

    public Task<string> NextAsync(OfferKind kind, DateOnly issued, CancellationToken cancellationToken) =>
        Task.FromResult($"{(kind == OfferKind.Upgrade ? "UQ" : "CO")}-PREVIEW");
}
