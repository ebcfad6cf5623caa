namespace MailScope.Core.Agreements;

/// <summary>Where a numbered quote is in its life: drafted, then accepted, declined, expired or withdrawn.</summary>
public enum QuoteStatus
{
    Drafted,
    Accepted,
    Declined,
    Expired,
    Withdrawn,
}

/// <summary>Wire names of <see cref="QuoteStatus"/>.</summary>
public static class QuoteStatusWire
{
    public static string ToWire(this QuoteStatus status) => status switch
    {
        QuoteStatus.Drafted => "drafted",
        QuoteStatus.Accepted => "accepted",
        QuoteStatus.Declined => "declined",
        QuoteStatus.Expired => "expired",
        QuoteStatus.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Parses a wire name; null when it is none of them.</summary>
    public static QuoteStatus? Parse(string? wire) => wire switch
    {
        "drafted" => QuoteStatus.Drafted,
        "accepted" => QuoteStatus.Accepted,
        "declined" => QuoteStatus.Declined,
        "expired" => QuoteStatus.Expired,
        "withdrawn" => QuoteStatus.Withdrawn,
        _ => null,
    };
}
