using Microsoft.Extensions.FileProviders;

namespace MailScope.AddIn.Hosting;

/// <summary>
/// Serves the task pane and the command page with the office.js the configuration asks for, the static
/// files (CSS, JS, icons) and, for development, office.js from the npm package.
/// </summary>
internal static class TaskPanePages
{
    public const string CdnOfficeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    private const string Marker = "<!--office-js-->";
    private const string MsalMarker = "<!--msal-js-->";

    // officeScript replaces office.js (the playground's stand-in); it never comes from configuration.
    public static void MapTaskPane(this WebApplication app, AddInOptions options, string? officeScript = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        var script = officeScript ?? options.OfficeJs switch
        {
            OfficeJsSource.Cdn => $"<script src=\"{CdnOfficeJs}\"></script>",
            OfficeJsSource.Local => "<script src=\"/lib/office-js/office.js\"></script>",
            _ => string.Empty,
        };
        // MSAL.js only where Entra ID is configured: the pane then signs in with nested app authentication.
        var msal = options.EntraConfigured ? "<script src=\"/lib/msal/msal-browser.min.js\"></script>" : string.Empty;
        foreach (var page in new[] { "taskpane.html", "commands.html", "dashboard.html" })
        {
            var path = Path.Combine(app.Environment.WebRootPath, page);
            app.MapGet("/" + page, async (CancellationToken cancellationToken) =>
                TypedResults.Content((await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false))
                    .Replace(Marker, script, StringComparison.Ordinal).Replace(MsalMarker, msal, StringComparison.Ordinal), "text/html; charset=utf-8"));
        }

        // Public facts the pane needs to ask Entra ID for a token; no secret is involved.
        app.MapGet("/auth-config.json", () => TypedResults.Ok(options.EntraConfigured
            ? new Dictionary<string, string>
            {
                ["clientId"] = options.ClientId!,
                ["authority"] = $"https://login.microsoftonline.com/{options.TenantId}",
                ["scope"] = options.Scope ?? $"api://{options.ClientId}/access_as_user",
            }
            : []));
        if (FindPackage(app.Environment.ContentRootPath, Path.Combine("@azure", "msal-browser", "lib"), "msal-browser.min.js") is { } msalLib)
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(msalLib), RequestPath = "/lib/msal" });
        }
        else if (options.EntraConfigured)
        {
            throw new InvalidOperationException("Entra ID sign-in needs MSAL.js: run `npm ci --omit=dev --prefix AddIn`.");
        }

        if (options.OfficeJs == OfficeJsSource.Local)
        {
            var dist = FindPackage(app.Environment.ContentRootPath, Path.Combine("@microsoft", "office-js", "dist"), "office.js")
                ?? throw new InvalidOperationException("MailScope:AddIn:OfficeJs is Local but @microsoft/office-js is not installed: run `npm ci --prefix AddIn`.");
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(dist), RequestPath = "/lib/office-js" });
        }

        app.UseStaticFiles();
    }

    private static string? FindPackage(string contentRoot, string folder, string file)
    {
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "node_modules"), Path.Combine(dir.FullName, "AddIn", "node_modules") })
                {
                    var dist = Path.Combine(candidate, folder);
                    if (File.Exists(Path.Combine(dist, file)))
                    {
                        return dist;
                    }
                }
            }
        }

        return null;
    }
}
