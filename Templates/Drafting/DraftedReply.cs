using MailScope.Core.Offers;

namespace MailScope.Templates.Drafting;

/// <summary>A quote document attached to a reply.</summary>
public sealed record Attachment(string FileName, string ContentType, byte[] Content);

/// <summary>The answer to a flagged message: the offer, the reply in text and HTML, and the quote PDF when priced.</summary>
public sealed record DraftedReply(Offer Offer, string Subject, string Text, string Html, Attachment? Quote);
