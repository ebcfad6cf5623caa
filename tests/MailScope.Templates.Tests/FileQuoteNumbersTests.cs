using MailScope.Core.Offers;
using MailScope.Templates.Quotes;

namespace MailScope.Templates.Tests;

public sealed class FileQuoteNumbersTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mailscope-numbers-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Numbers_increase_per_kind_and_year_and_survive_a_restart()
    {
        var date = new DateOnly(2026, 11, 27);
        Assert.Equal("CO-2026-0001", await new FileQuoteNumbers(_folder).NextAsync(OfferKind.ChangeOrder, date, CancellationToken.None));
        Assert.Equal("CO-2026-0002", await new FileQuoteNumbers(_folder).NextAsync(OfferKind.AddOn, date, CancellationToken.None));
        Assert.Equal("UQ-2026-0001", await new FileQuoteNumbers(_folder).NextAsync(OfferKind.Upgrade, date, CancellationToken.None));
        Assert.Equal("CO-2027-0001", await new FileQuoteNumbers(_folder).NextAsync(OfferKind.ChangeOrder, new DateOnly(2027, 1, 2), CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_writers_never_share_a_number()
    {
        var date = new DateOnly(2026, 11, 27);
        var numbers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ =>
            Task.Run(() => new FileQuoteNumbers(_folder).NextAsync(OfferKind.ChangeOrder, date, CancellationToken.None))));

        Assert.Equal(200, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"CO-2026-{i:D4}"), numbers.Order(StringComparer.Ordinal));
    }
}
