using MailScope.Core.Judgement;
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

        var options = new MailScopeOptions();
        var section = builder.Configuration.GetSection(MailScopeOptions.Section);
        CheckChoices(section);
        section.Bind(options);
        Validate(options);
        var demo = DemoMailbox.Apply(options);
        var scopeBook = options.ScopeBook
            ?? throw new ConfigurationException("MailScope:ScopeBook is not set: point it at your scope book (YAML).");
        var book = ScopeBookLoader.LoadFile(scopeBook);
        var templates = TemplateSet.Load(options.Templates);

        var store = CreateStore(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new DemoMode(demo));
        builder.Services.AddSingleton<ISyncStore>(store);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new ScopeJudge(book));
        builder.Services.AddSingleton(new ReplyDrafter(book, templates, new StoreQuoteNumbers(store)));
        builder.Services.AddSingleton(new SyncSettings(options.Today ?? DateOnly.FromDateTime(DateTime.Now), options.Signature));
        builder.Services.AddSingleton<MailboxSessionFactory>();
        builder.Services.AddSingleton<BatchDrafter>();
        builder.Services.AddSingleton<MailboxSyncer>();
        return builder;
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
