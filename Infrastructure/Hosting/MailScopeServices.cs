using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Learning;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Adjudication;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Storage;
using MailScope.Infrastructure.Time;
using MailScope.Templates.Drafting;
using MailScope.Templates.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MailScope.Infrastructure.Hosting;

/// <summary>
/// What every MailScope host shares (the worker and the add-in read one configuration, one scope book and
/// one store): options bound from the <c>MailScope</c> section and validated at start, the clock, the store,
/// the judge and the drafter. Registration reads no file: the book and templates load when first resolved,
/// which <see cref="MailScopeStartup.Check"/> does before a host serves anything.
/// </summary>
public static class MailScopeServices
{
    public static IServiceCollection AddMailScope(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(MailScopeOptions.Section);
        services.AddOptions<MailScopeOptions>()
            .Configure(options =>
            {
                ConfigurationChoices.Check(section);
                try
                {
                    section.Bind(options);
                }
                catch (InvalidOperationException ex)
                {
                    // The binder's message names the key and the value it could not convert.
                    throw new ConfigurationException($"configuration: {ex.Message}", ex);
                }

                SampleBook.ApplyTo(options);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailScopeOptions>, MailScopeOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MailScopeOptions>>().Value);

        // --today, MailScope:Today and the demo fix the day for this process only; otherwise the real clock.
        services.TryAddSingleton(sp => sp.GetRequiredService<MailScopeOptions>().Today is { } day ? new FixedDayTimeProvider(day) : TimeProvider.System);
        services.AddSingleton(sp => CreateStore(sp.GetRequiredService<MailScopeOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISyncStore>(sp => sp.GetRequiredService<SqlSyncStore>());
        services.AddSingleton<ICorrectionStore>(sp => sp.GetRequiredService<SqlSyncStore>());
        services.AddSingleton<ILedger>(sp => new SqlLedger(sp.GetRequiredService<SqlSyncStore>()));
        services.AddSingleton(sp => new SqlQuoteBook(sp.GetRequiredService<SqlSyncStore>()));
        services.AddSingleton<IQuoteBook>(sp => sp.GetRequiredService<SqlQuoteBook>());
        services.AddSingleton<IQuoteConfirmations>(sp => sp.GetRequiredService<SqlQuoteBook>());
        services.AddSingleton(sp => new ConfirmationDrafter(sp.GetRequiredService<ScopeJudge>().Book, sp.GetRequiredService<TemplateSet>()));
        // The ledger is optional here: without one an accepted add-on changes the quote's status only.
        services.AddSingleton(sp => new QuoteDecisions(sp.GetRequiredService<IQuoteBook>(), sp.GetService<ILedger>()));
        services.AddSingleton(sp => new AgreementSnapshots(sp.GetRequiredService<ILedger>(), sp.GetService<IQuoteBook>()));
        services.AddSingleton<Core.Insights.IInsightsSource>(sp => sp.GetRequiredService<SqlSyncStore>());
        services.AddSingleton<Insights.InsightsReports>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<MailScopeOptions>();
            return JudgeFactory.Create(ScopeBookLoader.LoadFile(options.ScopeBook!), options.Judgement.Semantic);
        });
        services.AddSingleton(sp => new SecondOpinion(AdjudicatorFactory.Create(
            sp.GetRequiredService<MailScopeOptions>().Adjudicator, sp.GetRequiredService<ScopeJudge>().FlagConfidence, sp.GetRequiredService<ILoggerFactory>())));
        services.AddSingleton(sp => TemplateSet.Load(sp.GetRequiredService<MailScopeOptions>().Templates));
        services.AddSingleton(sp => new ReplyDrafter(
            sp.GetRequiredService<ScopeJudge>().Book, sp.GetRequiredService<TemplateSet>(), new StoreQuoteNumbers(sp.GetRequiredService<SqlSyncStore>()),
            sp.GetRequiredService<IQuoteBook>()));
        return services;
    }

    private static SqlSyncStore CreateStore(MailScopeOptions options, TimeProvider time)
    {
        var connectionString = options.Storage.EffectiveConnectionString(options.DataFolder);
        return options.Storage.Provider == StorageProvider.PostgreSql
            ? new PostgresSyncStore(connectionString, time)
            : new SqliteSyncStore(connectionString, time);
    }
}
