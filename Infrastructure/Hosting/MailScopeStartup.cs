using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Infrastructure.Configuration;
using MailScope.Templates.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MailScope.Infrastructure.Hosting;

/// <summary>
/// The check every host runs once it is built and before it serves: the options validate, the scope book and
/// the templates load. A failure is one line for the user, recognised by the exception's type.
/// </summary>
public static class MailScopeStartup
{
    /// <summary>Resolves what start-up needs; returns the reason it cannot start, or null.</summary>
    public static string? Check(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetRequiredService<MailScopeOptions>();
            services.GetRequiredService<ScopeJudge>();
            services.GetRequiredService<TemplateSet>();
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return string.Join(Environment.NewLine + "error: ", ex.Failures);
        }
        catch (ConfigurationException ex)
        {
            return ex.Message;
        }
        catch (ScopeBookException ex)
        {
            return ex.Message;
        }
        catch (TemplateException ex)
        {
            return $"template error: {ex.Message}";
        }
    }
}
