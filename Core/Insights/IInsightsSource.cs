namespace MailScope.Core.Insights;

/// <summary>The store as a report reads it: the rows of a date range (message dates, not judging times).</summary>
public interface IInsightsSource
{
    /// <summary>The rows for [<paramref name="from"/>, <paramref name="until"/>], of one client when <paramref name="clientId"/> is set.</summary>
    Task<InsightsInput> ReadInsightsAsync(DateOnly from, DateOnly until, string? clientId, CancellationToken cancellationToken);
}
