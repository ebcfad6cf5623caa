namespace MailScope.Core.Adjudication;

/// <summary>
/// A second opinion on an ask the engine is unsure of (an LLM behind an OpenAI-compatible endpoint, off by
/// default). It sees only the ask and the client's agreement, never the rest of the mail or who sent it.
/// </summary>
public interface IAskAdjudicator
{
    /// <summary>
    /// The verdict for <paramref name="question"/>, or null when there is no usable answer (the caller keeps the
    /// engine's verdict). Implementations bound their own time; a failure of the service is not an exception.
    /// </summary>
    Task<AdjudicatorAnswer?> AdjudicateAsync(AdjudicationQuestion question, CancellationToken cancellationToken);
}
