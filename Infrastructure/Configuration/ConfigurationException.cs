namespace MailScope.Infrastructure.Configuration;

/// <summary>The configuration cannot be used; the message names the key.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException()
    {
    }

    public ConfigurationException(string message) : base(message)
    {
    }

    public ConfigurationException(string message, Exception inner) : base(message, inner)
    {
    }
}
