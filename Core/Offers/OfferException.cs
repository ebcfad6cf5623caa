namespace MailScope.Core.Offers;

/// <summary>No offer of the asked kind applies to the message, or the book lacks what pricing it needs.</summary>
public sealed class OfferException : Exception
{
    public OfferException()
    {
    }

    public OfferException(string message) : base(message)
    {
    }

    public OfferException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
