using MailScope.Core.Offers;

namespace MailScope.Core.Agreements;

/// <summary>
/// A numbered quote as kept in the store: what was offered to whom, for how much, until when, and where
/// it stands (contract: docs/engagements.md, "Quotes").
/// </summary>
public sealed record StoredQuote(
    string Number,
    string ClientId,
    OfferKind Kind,
    IReadOnlyList<QuoteLine> Lines,
    decimal Total,
    string Currency,
    DateOnly Created,
    DateOnly ValidUntil,
    QuoteStatus Status)
{
    /// <summary>What the quote sells: the add-on, package, upgrade target or retainer id; the deliverable a change order adds to.</summary>
    public string? TargetId { get; init; }

    /// <summary>The Message-ID of the client's message the quote answered.</summary>
    public string? AnsweredMessageId { get; init; }

    /// <summary>The Message-ID of the reply that carried the quote, when known (a client's answer cites it).</summary>
    public string? ReplyMessageId { get; init; }

    /// <summary>When the status left <see cref="QuoteStatus.Drafted"/>.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>What decided it: the message key of the client's answer, or <c>cli</c>.</summary>
    public string? DecidedBy { get; init; }
}
