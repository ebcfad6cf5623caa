using MailScope.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace MailScope.AddIn.Hosting;

/// <summary>The host's start-up check: the shared one, then the add-in's own options.</summary>
internal static class AddInStartup
{
    public static string? Check(IServiceProvider services)
    {
        if (MailScopeStartup.Check(services) is { } problem)
        {
            return problem;
        }

        try
        {
            services.GetRequiredService<AddInOptions>();
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return string.Join(Environment.NewLine + "error: ", ex.Failures);
        }
    }
}
