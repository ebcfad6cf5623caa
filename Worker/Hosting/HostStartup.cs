using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MailScope.Worker.Hosting;

/// <summary>
/// Builds a host and checks it can start: configuration, scope book or template errors become one clear line
/// and exit 2; a data folder that cannot be prepared (a file in the way, a read-only or full disk) is the
/// environment's fault, not the configuration's, and exits 1 as a store that fails later does. Never a crash.
/// </summary>
internal static class HostStartup
{
    public static IHost? TryBuild(IReadOnlyList<string> configArgs, Func<IReadOnlyList<string>, HostApplicationBuilder> create, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(create);
        exitCode = 0;
        var host = create(configArgs).Build();
        try
        {
            JudgementWarmUp.Start(host.Services);
            // A worker renders templates only for drafts and the digest; the commands that draft on their own load them then.
            if (MailScopeStartup.Check(host.Services, alwaysTemplates: false) is { } problem)
            {
                host.Dispose();
                Console.Error.WriteLine($"error: {problem}");
                exitCode = 2;
                return null;
            }

            DemoMailbox.Seed(host.Services.GetRequiredService<MailScopeOptions>());
            return host;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            host.Dispose();
            Console.Error.WriteLine($"error: the data folder cannot be prepared: {ex.Message}");
            exitCode = 1;
            return null;
        }
    }
}
