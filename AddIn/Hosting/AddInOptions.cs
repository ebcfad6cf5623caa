namespace MailScope.AddIn.Hosting;

/// <summary>Where the task pane gets office.js.</summary>
internal enum OfficeJsSource
{
    /// <summary>Microsoft's CDN (production; the store requires it).</summary>
    Cdn,

    /// <summary>The copy from the npm package <c>@microsoft/office-js</c> under /lib/office-js (development).</summary>
    Local,

    /// <summary>No office.js at all: tests inject their own <c>Office</c> before the page script.</summary>
    None,
}

/// <summary>The <c>MailScope:AddIn</c> section.</summary>
internal sealed class AddInOptions
{
    public const string Section = "MailScope:AddIn";

    /// <summary>A shared key accepted as the bearer token (local use). From the environment or user secrets only.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Entra ID validation of access tokens for this API (Microsoft.Identity.Web): instance, tenant, client id, audience.</summary>
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? Audience { get; set; }

    /// <summary>The scope the task pane asks for with nested app authentication; default <c>api://CLIENT-ID/access_as_user</c>.</summary>
    public string? Scope { get; set; }

    public OfficeJsSource OfficeJs { get; set; } = OfficeJsSource.Cdn;

    /// <summary>Largest request body the API reads, in KB.</summary>
    public int MaxRequestKb { get; set; } = 1024;

    /// <summary>Calls per minute per caller.</summary>
    public int RequestsPerMinute { get; set; } = 120;

    public bool EntraConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId);
}
