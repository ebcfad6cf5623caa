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
/// <remarks>
/// The templates are parsed and test-rendered only when something will render them (a mailbox that drafts, the
/// digest, an override folder the user named, or a host that always may, such as the add-in): a worker that only
/// flags starts without that cost (a fifth of an empty sync's start-up; benchmarks/README.md, <c>ratios</c>).
/// </remarks>
public static class MailScopeStartup
{
    /// <summary>Resolves what start-up needs; returns the reason it cannot start, or null.</summary>
    /// <param name="services">The built host's services.</param>
    /// <param name="alwaysTemplates">The host renders replies whatever the options say (the add-in).</param>
    public static string? Check(IServiceProvider services, bool alwaysTemplates = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            var options = services.GetRequiredService<MailScopeOptions>();
            services.GetRequiredService<ScopeJudge>();
            if (alwaysTemplates || RendersReplies(options))
            {
                services.GetRequiredService<TemplateSet>();
            }

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

    private static bool RendersReplies(MailScopeOptions options) =>
        options.Templates is not null || options.Digest.Enabled || options.Mailboxes.Any(m => m.CreateDrafts);
}
