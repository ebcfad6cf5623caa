using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Hosting;
using MailScope.Templates.Drafting;
using MailScope.Templates.Rendering;
using MailScope.Worker.Mailboxes;
using MailScope.Worker.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MailScope.Worker.Hosting;

/// <summary>
/// The worker's Generic Host: configuration from appsettings.json beside the program, then the working
/// folder, user secrets, environment variables (<c>MailScope__Key__Sub</c>) and the command line
/// (<c>--MailScope:Key=value</c>); the shared MailScope services, then the sync's own.
/// </summary>
internal static class WorkerHost
{
    public static HostApplicationBuilder CreateBuilder(IReadOnlyList<string> configArgs)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddUserSecrets(typeof(WorkerHost).Assembly, optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. configArgs]);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Hangfire", LogLevel.Warning);

        builder.Services.AddMailScope(builder.Configuration);
        // With no mailbox configured, the worker syncs the demo Maildir (seeded at start, not here).
        builder.Services.PostConfigure<MailScopeOptions>(DemoMailbox.AddTo);
        builder.Services.AddSingleton(sp => new DemoMode(DemoMailbox.IsDemo(sp.GetRequiredService<MailScopeOptions>())));
        builder.Services.AddSingleton(sp => new SyncSettings(sp.GetRequiredService<MailScopeOptions>().Signature)
        {
            Answers = sp.GetRequiredService<MailScopeOptions>().Drafting.Answer,
        });
        builder.Services.AddSingleton<MailboxSessionFactory>();
        // Templates load when the first reply or digest is rendered: a sync that only flags never pays for them.
        builder.Services.AddSingleton(sp => new Lazy<TemplateSet>(sp.GetRequiredService<TemplateSet>));
        builder.Services.AddSingleton(sp => new Lazy<ReplyDrafter>(sp.GetRequiredService<ReplyDrafter>));
        builder.Services.AddSingleton(sp => new Lazy<ConfirmationDrafter>(sp.GetRequiredService<ConfirmationDrafter>));
        builder.Services.AddSingleton<BatchDrafter>();
        builder.Services.AddSingleton<QuoteAnswers>();
        builder.Services.AddSingleton<QuoteConfirmer>();
        builder.Services.AddSingleton<Digest.WeeklyDigest>();
        builder.Services.AddSingleton<MailboxSyncer>();
        return builder;
    }
}

/// <summary>Whether the worker runs on the embedded demo mailbox.</summary>
internal sealed record DemoMode(bool Enabled);
