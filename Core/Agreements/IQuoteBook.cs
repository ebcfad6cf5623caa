namespace MailScope.Core.Agreements;

/// <summary>Every numbered quote MailScope drafted, with its status; shared by every worker and the add-in.</summary>
public interface IQuoteBook
{
    /// <summary>Keeps a newly drafted quote; saving a number that is already kept changes nothing.</summary>
    Task SaveAsync(StoredQuote quote, CancellationToken cancellationToken);

    /// <summary>The quote with this number, or null.</summary>
    Task<StoredQuote?> GetAsync(string number, CancellationToken cancellationToken);

    /// <summary>Quotes, filtered by status and client when given, oldest first.</summary>
    Task<IReadOnlyList<StoredQuote>> ListAsync(QuoteStatus? status, string? clientId, CancellationToken cancellationToken);

    /// <summary>Quotes whose answered or reply Message-ID is one of <paramref name="messageIds"/> (a thread's References).</summary>
    Task<IReadOnlyList<StoredQuote>> FindByMessageIdsAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a drafted quote to <paramref name="status"/>; false when the quote is not drafted any more (a
    /// second "yes" changes nothing), so two workers deciding at once decide it once.
    /// </summary>
    Task<bool> DecideAsync(string number, QuoteStatus status, DateTimeOffset at, string decidedBy, CancellationToken cancellationToken);
}
