namespace MailScope.Core.ScopeBooks;

/// <summary>The period a deliverable's quantity is counted in (scope book version 2 <c>per</c>).</summary>
public enum QuantityPeriod
{
    /// <summary>Once over the whole engagement (the default, and every version 1 quantity).</summary>
    Engagement,

    /// <summary>Afresh each calendar month.</summary>
    Month,

    /// <summary>Afresh each week, Monday to Sunday.</summary>
    Week,
}

/// <summary>The book's names of <see cref="QuantityPeriod"/> and the period a date falls in.</summary>
public static class QuantityPeriods
{
    /// <summary>The book's word for the period.</summary>
    public static string ToWire(this QuantityPeriod period) => period switch
    {
        QuantityPeriod.Engagement => "engagement",
        QuantityPeriod.Month => "month",
        QuantityPeriod.Week => "week",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>Parses the book's word; null when it is none of them.</summary>
    public static QuantityPeriod? Parse(string? word) => word switch
    {
        "engagement" => QuantityPeriod.Engagement,
        "month" => QuantityPeriod.Month,
        "week" => QuantityPeriod.Week,
        _ => null,
    };

    /// <summary>
    /// The first and last day of the period that holds <paramref name="date"/>; for
    /// <see cref="QuantityPeriod.Engagement"/> every day.
    /// </summary>
    public static (DateOnly First, DateOnly Last) Containing(this QuantityPeriod period, DateOnly date) => period switch
    {
        QuantityPeriod.Month => (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1)),
        QuantityPeriod.Week => (date.AddDays(-(((int)date.DayOfWeek + 6) % 7)), date.AddDays(6 - (((int)date.DayOfWeek + 6) % 7))),
        _ => (DateOnly.MinValue, DateOnly.MaxValue),
    };
}
