using System.Threading.RateLimiting;
using Hangfire;
using MailScope.AddIn.Api;
using MailScope.AddIn.Auth;
using MailScope.Templates.Drafting;
using MailScope.Templates.Rendering;
using MailScope.Infrastructure.Scheduling;
using MailScope.Core.Judgement;
using MailScope.Core.Offers;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Hosting;
using MailScope.Infrastructure.Storage;
using Microsoft.AspNetCore.Http.Features;

namespace MailScope.AddIn.Hosting;

/// <summary>The add-in host's services and pipeline: shared MailScope services, auth, limits, CORS, problem details.</summary>
internal static class HostSetup
{
    public const string RateLimitPolicy = "per-caller";
    private const string CorsPolicy = "own-origin";

    public static AddInOptions AddAddInHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Registration needs a few values (auth schemes, limits); the bound, validated options serve the rest.
        var options = builder.Configuration.GetSection(AddInOptions.Section).Get<AddInOptions>() ?? new AddInOptions();
        builder.Services.AddOptions<AddInOptions>().BindConfiguration(AddInOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<AddInOptions>, AddInOptionsValidator>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AddInOptions>>().Value);
        builder.Services.AddMailScope(builder.Configuration);
        // The dashboard reads the worker's jobs from the same storage; this host runs no jobs itself.
        builder.Services.AddHangfire((services, configuration) => configuration.UseMailScopeStorage(services.GetRequiredService<MailScopeOptions>()));
        builder.Services.AddSingleton(sp => new OfferPlanner(sp.GetRequiredService<ScopeJudge>().Book));
        // Previews render like real replies but their quotes carry a preview number and never take one.
        builder.Services.AddKeyedSingleton(ScopeApi.PreviewDrafter, (sp, _) =>
            new ReplyDrafter(sp.GetRequiredService<ScopeJudge>().Book, sp.GetRequiredService<TemplateSet>(), PreviewQuoteNumbers.Instance));
        builder.Services.AddHostedService<StoreInitializer>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<CorrectionsCache>();
        builder.Services.AddSingleton<Insights.InsightsCache>();
        builder.Services.AddProblemDetails();
        // Unreadable JSON is the caller's mistake: a 400 problem in every environment, never a 500.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        builder.Services.AddMailScopeAuth(options);
        builder.Services.AddSessionCookie();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestKb * 1024L);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxRequestKb * 1024L);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                ApiKeyAuthentication.BearerToken(http.Request) ?? http.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        // Only the host's own pages call the API: no other origin is allowed.
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy.SetIsOriginAllowed(_ => false)));
        if (string.IsNullOrEmpty(options.ApiKey) && !options.EntraConfigured)
        {
            Console.Error.WriteLine("warning: neither MailScope:AddIn:ApiKey nor MailScope:AddIn:TenantId/ClientId is set: every /api call will get 401.");
        }

        return options;
    }

    public static void UseAddInHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var limit = app.Services.GetRequiredService<AddInOptions>().MaxRequestKb * 1024L;
        // A declared body over the limit is refused before it is read (Kestrel also stops longer chunked ones).
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limit && context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await Results.Problem($"The request body is over the {limit / 1024} KB limit.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large")
                    .ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        // A body in a charset .NET does not know makes JSON binding throw (a 500): refused as 415 before it is read.
        app.Use(async (context, next) =>
        {
            if (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset.HasValue && type.Encoding is null)
            {
                await Results.Problem($"The charset '{type.Charset}' is not supported; send UTF-8.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported charset")
                    .ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseCors(CorsPolicy);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
    }
}
