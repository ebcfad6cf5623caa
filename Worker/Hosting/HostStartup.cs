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

        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The store's folder cannot be made (a file in the way, a read-only or full disk): the environment's
            // fault, not the configuration's, so exit 1 as for a store that fails later; never a crash.
            Console.Error.WriteLine($"error: the store's folder cannot be prepared: {ex.Message}");
            exitCode = 1;
            return null;
        }

        Console.Error.WriteLine($"error: {message}");
        exitCode = 2;
        return null;
    }
}
