namespace MailScope.Core.Messages;

/// <summary>
/// Message-IDs compared as one form: without the angle brackets and surrounding space that some readers
/// keep (MIME headers, Graph's internetMessageId) and others strip (MimeKit).
/// </summary>
public static class MessageIds
{
    /// <summary>The bare id (<c>abc@example.com</c>), or null when there is none.</summary>
    public static string? Normalize(string? messageId)
    {
        var bare = messageId?.Trim().TrimStart('<').TrimEnd('>').Trim();
        return string.IsNullOrEmpty(bare) ? null : bare;
    }
}
