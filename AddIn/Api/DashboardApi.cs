using System.Security.Claims;
using System.Text.Json;
using Hangfire.Dashboard;
using MailScope.AddIn.Auth;
using MailScope.AddIn.Hosting;
using MailScope.Core.Agreements;
using MailScope.Core.Sync;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MailScope.AddIn.Api;

/// <summary>
/// What the dashboard page reads (GET /api/flagged) and the session that lets the same user open the
/// Hangfire dashboard in a browser tab: POST /api/session (with the bearer token) sets an HttpOnly cookie
/// that /hangfire accepts, and nothing else does.
/// </summary>
internal static class DashboardApi
{
    public const string SessionScheme = "Session";

    public static void MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(AuthSetup.Policy).RequireRateLimiting(HostSetup.RateLimitPolicy);
        api.MapGet("/flagged", FlaggedAsync);
        api.MapPost("/session", SessionAsync);
    }

    private static async Task<Ok<List<Dictionary<string, object?>>>> FlaggedAsync(ISyncStore store, ILedger ledger, CancellationToken cancellationToken, int limit = 100)
    {
        var flagged = await store.ListFlaggedAsync(Math.Clamp(limit, 1, 1000), cancellationToken).ConfigureAwait(false);
        // Units marked delivered from the dashboard or the pane, per message: shown with an Undo.
        var marked = (await ledger.ListAsync(null, cancellationToken).ConfigureAwait(false))
            .Where(e => e.Source == LedgerSource.AddIn && e.MessageKey is not null)
            .ToLookup(e => e.MessageKey!, StringComparer.Ordinal);
        return TypedResults.Ok(flagged.Select(f => new Dictionary<string, object?>
        {
            ["mailbox"] = f.Mailbox,
            ["message_id"] = f.Record.MessageKey,
            ["judged_at"] = f.Record.JudgedAt,
            ["from"] = f.Record.Sender,
            ["subject"] = f.Record.Subject,
            ["client"] = f.Record.ClientId,
            ["verdict"] = f.Record.Verdict,
            ["requests"] = f.Record.Evidence is null ? null : JsonSerializer.Deserialize<JsonElement>(f.Record.Evidence),
            ["draft"] = f.Record.Draft.ToString().ToLowerInvariant(),
            ["draft_ref"] = f.Record.DraftReference,
            ["reply_preview"] = f.Record.ReplyPreview,
            ["dismissed_at"] = f.Record.DismissedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["delivered"] = marked[f.Record.MessageKey].Select(e => new Dictionary<string, object?> { ["id"] = e.Id, ["item"] = e.ItemId }).ToList(),
        }).ToList());
    }

    private static async Task<NoContent> SessionAsync(HttpContext http, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, http.User.Identity?.Name ?? "user")], SessionScheme);
        await http.SignInAsync(SessionScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    public static void AddSessionCookie(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(SessionScheme, o =>
        {
            o.Cookie.Name = "mailscope.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // An API host: no login page to redirect to.
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
    }

    /// <summary>The Hangfire dashboard opens only for a browser holding the session cookie.</summary>
    internal sealed class SessionFilter : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var result = await context.GetHttpContext().AuthenticateAsync(SessionScheme).ConfigureAwait(false);
            return result.Succeeded;
        }
    }
}
