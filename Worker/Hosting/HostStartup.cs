using MailScope.Core.ScopeBooks;
using MailScope.Templates.Rendering;
using Microsoft.Extensions.Hosting;

namespace MailScope.Worker.Hosting;

/// <summary>Builds a host, turning configuration and scope book errors into a clear message and exit 2.</summary>
internal static class HostStartup
{
    public static IHost? TryBuild(IReadOnlyList<string> configArgs, Func<IReadOnlyList<string>, HostApplicationBuilder> create, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(create);
        exitCode = 0;
        string message;
        try
        {
            return create(configArgs).Build();
        }
        catch (ConfigurationException ex)
        {
            message = ex.Message;
        }
        catch (ScopeBookException ex)
        {
            message = ex.Message;
        }
        catch (TemplateException ex)
        {
            message = $"template error: {ex.Message}";
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("convert", StringComparison.OrdinalIgnoreCase))
        {
            // The binder's message names the key and the value it could not convert.
            message = $"configuration: {ex.Message}";
        }

        Console.Error.WriteLine($"error: {message}");
        exitCode = 2;
        return null;
    }
}
