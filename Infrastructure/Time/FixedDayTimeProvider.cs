namespace MailScope.Infrastructure.Time;

/// <summary>
/// A clock that stays on one day (<c>MailScope:Today</c>, <c>--today</c>, the demo's sample date) for
/// judgement and quotes, while its time runs on: the real time moved by whole days, so timestamps written
/// by several processes on the same fixed day still order as they happened.
/// </summary>
public sealed class FixedDayTimeProvider(DateOnly day) : TimeProvider
{
    private readonly TimeSpan _shift = day.ToDateTime(TimeOnly.MinValue) - DateTime.UtcNow.Date;

    /// <summary>The day "today" always is on this clock.</summary>
    public DateOnly Day { get; } = day;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _shift;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
