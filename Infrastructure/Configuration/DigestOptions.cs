namespace MailScope.Infrastructure.Configuration;

/// <summary>
/// <c>MailScope:Digest</c>: the weekly digest, a summary email to the provider drafted (never sent) in a
/// mailbox's Drafts once per week, with last week's figures and suggestions. Off by default.
/// </summary>
public sealed class DigestOptions
{
    public bool Enabled { get; set; }

    /// <summary>The mailbox whose Drafts get the digest (its Name); default the first configured.</summary>
    public string? Mailbox { get; set; }

    /// <summary>The first day of the week on which the digest of the week before is drafted.</summary>
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;
}
