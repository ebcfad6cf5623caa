using Microsoft.Extensions.Configuration;

namespace MailScope.Infrastructure.Configuration;

/// <summary>
/// The binder silently drops a list entry with a value it cannot convert (an unknown enum name, "soon" for a
/// number), which would turn a misspelt mailbox into no mailbox (and the demo): such values are refused
/// before binding, naming the key.
/// </summary>
internal static class ConfigurationChoices
{
    public static void Check(IConfigurationSection section)
    {
        Check<StorageProvider>(section.GetSection("Storage:Provider"));
        Check<DayOfWeek>(section.GetSection("Digest:Day"));
        Check<SemanticModel>(section.GetSection("Judgement:Semantic"));
        if (section.GetSection("Digest:Enabled").Value is { } enabled && !bool.TryParse(enabled, out _))
        {
            throw new ConfigurationException($"{section.Path}:Digest:Enabled: '{enabled}' is not true or false.");
        }

        foreach (var mailbox in section.GetSection("Mailboxes").GetChildren())
        {
            Check<MailboxKind>(mailbox.GetSection("Kind"));
            Check<ImapSecurity>(mailbox.GetSection("Imap:Security"));
            try
            {
                // Bound on its own, an entry reports the value it cannot convert instead of vanishing.
                mailbox.Get<MailboxOptions>();
            }
            catch (InvalidOperationException ex)
            {
                throw new ConfigurationException($"configuration: {ex.Message}", ex);
            }
        }
    }

    private static void Check<T>(IConfigurationSection value) where T : struct, Enum
    {
        if (value.Value is { } text && !Enum.TryParse<T>(text, ignoreCase: true, out _))
        {
            throw new ConfigurationException($"{value.Path}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
        }
    }
}
