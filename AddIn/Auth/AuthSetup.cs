using MailScope.AddIn.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;

namespace MailScope.AddIn.Auth;

/// <summary>
/// Every /api call needs a bearer token: the API key (when configured) or an Entra ID access token for
/// this API validated by Microsoft.Identity.Web (issuer, audience, signature, lifetime).
/// </summary>
internal static class AuthSetup
{
    public const string EntraScheme = "Entra";
    public const string Policy = "MailScope";

    public static void AddMailScopeAuth(this IServiceCollection services, AddInOptions options)
    {
        var schemes = new List<string> { ApiKeyAuthentication.SchemeName };
        var builder = services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, _ => { });
        if (options.EntraConfigured)
        {
            builder.AddMicrosoftIdentityWebApi(
                jwt => jwt.TokenValidationParameters.ValidAudiences = [options.Audience ?? $"api://{options.ClientId}", options.ClientId!],
                identity =>
                {
                    identity.Instance = "https://login.microsoftonline.com/";
                    identity.TenantId = options.TenantId;
                    identity.ClientId = options.ClientId;
                },
                EntraScheme);
            schemes.Add(EntraScheme);
        }

        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.AddAuthenticationSchemes([.. schemes]).RequireAuthenticatedUser());
    }
}
