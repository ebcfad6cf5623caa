using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MailScope.Worker.Hosting;

/// <summary>Builds a host and checks it can start: configuration, scope book or template errors become one clear line and exit 2.</summary>
internal static class HostStartup
{
    public static IHost? TryBuild(IReadOnlyList<string> configArgs, Func<IReadOnlyList<string>, HostApplicationBuilder> create, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(create);
        exitCode = 0;
        var host = create(configArgs).Build();
        var problem = MailScopeStartup.Check(host.Services);
        if (problem is null)
        {
            DemoMailbox.Seed(host.Services.GetRequiredService<MailScopeOptions>());
            return host;
        }

        host.Dispose();
        Console.Error.WriteLine($"error: {problem}");
        exitCode = 2;
        return null;
    }
}
