using MailScope.Core.Agreements;
using MailScope.Core.Offers;

namespace MailScope.Templates.Drafting;

/// <summary>A quote document attached to a reply.</summary>
public sealed record Attachment(string FileName, string ContentType, byte[] Content);

/// <summary>The answer to a flagged message: the offer, the reply in text and HTML, and the quote PDF when priced.</summary>
public sealed record DraftedReply(Offer Offer, string Subject, string Text, string Html, Attachment? Quote)
{
    /// <summary>The Message-ID the reply carries (no angle brackets): the quote book keeps it, so a client's answer citing it finds the quote.</summary>
    public string? MessageId { get; init; }

    /// <summary>The numbered quote as kept in the quote book; null when the offer has no quote.</summary>
    public StoredQuote? KeptQuote { get; init; }

    /// <summary>For a goodwill answer: the ledger entry it gives away (source <c>mail</c>; a host sets its own), to be recorded with the reply.</summary>
    public LedgerEntry? Goodwill { get; init; }
}
