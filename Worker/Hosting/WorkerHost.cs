using MailScope.Core.Judgement;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Sync;
using MailScope.Templates.Drafting;
using MailScope.Templates.Rendering;
using MailScope.Worker.Configuration;
using MailScope.Worker.Mailboxes;
using MailScope.Worker.Storage;
using MailScope.Worker.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MailScope.Worker.Hosting;

/// <summary>
/// The worker's Generic Host: configuration from appsettings.json beside the program, then the working
/// folder, user secrets, environment variables (<c>MailScope__Key__Sub</c>) and the command line
/// (<c>--MailScope:Key=value</c>); the store, the judge and the drafter built from it.
/// </summary>
internal static class WorkerHost
{
    public static HostApplicationBuilder CreateBuilder(IReadOnlyList<string> configArgs) => CreateBuilder(configArgs, out _);

    public static HostApplicationBuilder CreateBuilder(IReadOnlyList<string> configArgs, out MailScopeOptions options)
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

        options = builder.Services.AddMailScope(builder.Configuration, seedDemoMailbox: true);
        return builder;
    }

    /// <summary>
    /// The options, scope book, store, judge and drafter every MailScope host shares (the worker and the
    /// add-in host read one configuration, one scope book and one store).
    /// </summary>
    /// <exception cref="ConfigurationException">A key is missing or wrong.</exception>
    /// <exception cref="ScopeBookException">The scope book is broken.</exception>
    /// <exception cref="TemplateException">A template is broken.</exception>
    public static MailScopeOptions AddMailScope(this IServiceCollection services, IConfiguration configuration, bool seedDemoMailbox)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new MailScopeOptions();
        var section = configuration.GetSection(MailScopeOptions.Section);
        CheckChoices(section);
        section.Bind(options);
        Validate(options);
        var demo = DemoMailbox.Apply(options, seedDemoMailbox);
        var scopeBook = options.ScopeBook
            ?? throw new ConfigurationException("MailScope:ScopeBook is not set: point it at your scope book (YAML).");
        var book = ScopeBookLoader.LoadFile(scopeBook);
        var templates = TemplateSet.Load(options.Templates);

        var store = CreateStore(options);
        services.AddSingleton(options);
        services.AddSingleton(new DemoMode(demo));
        services.AddSingleton<ISyncStore>(store);
        services.AddSingleton(store);
        services.AddSingleton(new ScopeJudge(book));
        services.AddSingleton(templates);
        services.AddSingleton(new ReplyDrafter(book, templates, new StoreQuoteNumbers(store)));
        services.AddSingleton(new SyncSettings(options.Today ?? DateOnly.FromDateTime(DateTime.Now), options.Signature));
        services.AddSingleton<MailboxSessionFactory>();
        services.AddSingleton<BatchDrafter>();
        services.AddSingleton<MailboxSyncer>();
        return options;
    }

    private static SqlSyncStore CreateStore(MailScopeOptions options)
    {
        var connectionString = options.Storage.EffectiveConnectionString(options.DataFolder);
        return options.Storage.Provider == StorageProvider.PostgreSql
            ? new PostgresSyncStore(connectionString)
            : new SqliteSyncStore(connectionString);
    }

    /// <summary>
    /// The binder drops a list entry whose enum value it cannot convert, which would silently turn a
    /// misspelt mailbox into no mailbox (and the demo): such values are refused here, naming the key.
    /// </summary>
    private static void CheckChoices(IConfigurationSection section)
    {
        Check<StorageProvider>(section.GetSection("Storage:Provider"));
        foreach (var mailbox in section.GetSection("Mailboxes").GetChildren())
        {
            Check<MailboxKind>(mailbox.GetSection("Kind"));
            Check<ImapSecurity>(mailbox.GetSection("Imap:Security"));
        }

        static void Check<T>(IConfigurationSection value) where T : struct, Enum
        {
            if (value.Value is { } text && !Enum.TryParse<T>(text, ignoreCase: true, out _))
            {
                throw new ConfigurationException($"{value.Path}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
            }
        }
    }

    private static void Validate(MailScopeOptions options)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Mailboxes.Count; i++)
        {
            var mailbox = options.Mailboxes[i];
            if (string.IsNullOrWhiteSpace(mailbox.Name))
            {
                throw new ConfigurationException($"MailScope:Mailboxes:{i}:Name is not set.");
            }

            if (!names.Add(mailbox.Name))
            {
                throw new ConfigurationException($"MailScope:Mailboxes:{i}:Name: '{mailbox.Name}' is used by two mailboxes.");
            }

            if (mailbox.SyncMinutes < 1 || mailbox.BatchSize < 1)
            {
                throw new ConfigurationException($"MailScope:Mailboxes:{i}: SyncMinutes and BatchSize must be at least 1.");
            }
        }
    }
}

/// <summary>Whether the worker runs on the embedded demo mailbox.</summary>
internal sealed record DemoMode(bool Enabled);

/// <summary>The configuration cannot be used; the message names the key.</summary>
internal sealed class ConfigurationException : Exception
{
    public ConfigurationException()
    {
    }

    public ConfigurationException(string message) : base(message)
    {
    }

    public ConfigurationException(string message, Exception inner) : base(message, inner)
    {
    }
}
