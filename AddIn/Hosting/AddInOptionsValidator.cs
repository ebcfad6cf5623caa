using Microsoft.Extensions.Options;

namespace MailScope.AddIn.Hosting;

/// <summary>Checks the bound <c>MailScope:AddIn</c> section at start; every failure names its key.</summary>
internal sealed class AddInOptionsValidator : IValidateOptions<AddInOptions>
{
    public ValidateOptionsResult Validate(string? name, AddInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxRequestKb < 1)
        {
            failures.Add($"{AddInOptions.Section}:MaxRequestKb must be at least 1.");
        }

        if (options.RequestsPerMinute < 1)
        {
            failures.Add($"{AddInOptions.Section}:RequestsPerMinute must be at least 1.");
        }

        if (string.IsNullOrWhiteSpace(options.TenantId) != string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{AddInOptions.Section}:TenantId and {AddInOptions.Section}:ClientId go together: set both for Entra ID sign-in, or neither.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
