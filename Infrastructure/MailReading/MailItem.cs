using MailScope.Core.Messages;

namespace MailScope.Infrastructure.MailReading;

/// <summary>One message read from an input, or why it could not be read.</summary>
public sealed record MailItem(string Source, InboundMessage? Message, string? Error)
{
    public static MailItem Failed(string source, string error) => new(source, null, error);
}
