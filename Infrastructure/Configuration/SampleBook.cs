namespace MailScope.Infrastructure.Configuration;

/// <summary>
/// The embedded default's scope book: the shipped sample of a career coach, used when no book is configured,
/// judged on the date its sample mail was written for so the demo shows the same verdicts on any day.
/// </summary>
public static class SampleBook
{
    /// <summary>The date the samples are written for.</summary>
    public static readonly DateOnly Date = new(2026, 11, 27);

    /// <summary>Where the samples ship beside every MailScope program.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "demo");

    /// <summary>
    /// With no mailbox and no scope book configured (the demo): the sample book, on its date unless a date is
    /// set. A real book is never pinned to the sample's date.
    /// </summary>
    public static void ApplyTo(MailScopeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ScopeBook is not null || options.Mailboxes.Count > 0)
        {
            return;
        }

        options.ScopeBook = Path.Combine(Folder, "scope-book.yaml");
        options.Today ??= Date;
    }
}
