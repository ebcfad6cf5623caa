using MailScope.Core.Insights;
using MailScope.Core.Judgement;
using MailScope.Infrastructure.Time;

namespace MailScope.Infrastructure.Insights;

/// <summary>
/// Builds reports from the store and the loaded scope book, for the <c>report</c> command, the Insights
/// page and the weekly digest alike. The default range is the <see cref="DefaultDays"/> days up to today.
/// </summary>
public sealed class InsightsReports(IInsightsSource source, ScopeJudge judge, TimeProvider time)
{
    public const int DefaultDays = 90;

    public Core.ScopeBooks.ScopeBook Book => judge.Book;

    /// <summary>The range a report covers when <c>--since</c>/<c>--until</c> are left out.</summary>
    public (DateOnly From, DateOnly Until) RangeOf(DateOnly? since, DateOnly? until)
    {
        var end = until ?? time.Today();
        return (since ?? end.AddDays(1 - DefaultDays), end);
    }

    /// <summary>The report; <paramref name="clientId"/> must be a client of the book (checked by the caller).</summary>
    public async Task<InsightsReport> BuildAsync(DateOnly from, DateOnly until, string? clientId, CancellationToken cancellationToken)
    {
        var input = await source.ReadInsightsAsync(from, until, clientId, cancellationToken).ConfigureAwait(false);
        return InsightsBuilder.Build(judge.Book, input, from, until, clientId);
    }
}
