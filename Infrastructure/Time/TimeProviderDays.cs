namespace MailScope.Infrastructure.Time;

/// <summary>"Today" as MailScope means it: the clock's local date, read at the moment it is needed.</summary>
public static class TimeProviderDays
{
    /// <summary>The local date now (a fixed-day clock's day); long-lived processes call it per use, never once at start.</summary>
    public static DateOnly Today(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time is FixedDayTimeProvider fixedDay ? fixedDay.Day : DateOnly.FromDateTime(time.GetLocalNow().DateTime);
    }
}
