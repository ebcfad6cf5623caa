using Microsoft.Extensions.Options;

namespace MailScope.Infrastructure.Configuration;

/// <summary>Checks the bound <c>MailScope</c> section at start; every failure names its key.</summary>
public sealed class MailScopeOptionsValidator : IValidateOptions<MailScopeOptions>
{
    public ValidateOptionsResult Validate(string? name, MailScopeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ScopeBook))
        {
            failures.Add($"{MailScopeOptions.Section}:ScopeBook is not set: point it at your scope book (YAML).");
        }

        if (options.Storage.Provider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(options.Storage.ConnectionString))
        {
            failures.Add($"{MailScopeOptions.Section}:Storage:ConnectionString is required for PostgreSql.");
        }

        failures.AddRange(options.Adjudicator.Problems($"{MailScopeOptions.Section}:Adjudicator"));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Mailboxes.Count; i++)
        {
            var mailbox = options.Mailboxes[i];
            var key = $"{MailScopeOptions.Section}:Mailboxes:{i}";
            if (string.IsNullOrWhiteSpace(mailbox.Name))
            {
                failures.Add($"{key}:Name is not set.");
            }
            else if (!names.Add(mailbox.Name))
            {
                failures.Add($"{key}:Name: '{mailbox.Name}' is used by two mailboxes.");
            }

            if (mailbox.SyncMinutes < 1 || mailbox.BatchSize < 1)
            {
                failures.Add($"{key}: SyncMinutes and BatchSize must be at least 1.");
            }
        }

        foreach (var (key, value) in options.Drafting.Answer.Settings)
        {
            if (value is not null && !value.Equals(DraftingOptions.Best, StringComparison.Ordinal) && Core.Offers.OfferKinds.Parse(value) is null)
            {
                failures.Add($"{key}: '{value}' is not one of {DraftingOptions.Best}, {string.Join(", ", Core.Offers.OfferKinds.All)}.");
            }
        }

        if (options.Digest.Enabled && options.Digest.Mailbox is { } digestMailbox && !names.Contains(digestMailbox))
        {
            failures.Add($"{MailScopeOptions.Section}:Digest:Mailbox: no mailbox named '{digestMailbox}' (configured: {string.Join(", ", options.Mailboxes.Select(m => m.Name))}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
