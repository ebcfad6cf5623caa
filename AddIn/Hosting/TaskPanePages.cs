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

    public static void MapTaskPane(this WebApplication app, AddInOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        var script = options.OfficeJs switch
        {
            OfficeJsSource.Cdn => $"<script src=\"{CdnOfficeJs}\"></script>",
            OfficeJsSource.Local => "<script src=\"/lib/office-js/office.js\"></script>",
            _ => string.Empty,
        };
        foreach (var page in new[] { "taskpane.html", "commands.html", "dashboard.html" })
        {
            var path = Path.Combine(app.Environment.WebRootPath, page);
            app.MapGet("/" + page, async (CancellationToken cancellationToken) =>
                TypedResults.Content((await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Replace(Marker, script, StringComparison.Ordinal), "text/html; charset=utf-8"));
        }

        if (options.OfficeJs == OfficeJsSource.Local)
        {
            var dist = FindOfficeJs(app.Environment.ContentRootPath)
                ?? throw new InvalidOperationException("MailScope:AddIn:OfficeJs is Local but @microsoft/office-js is not installed: run `npm ci --prefix AddIn`.");
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(dist), RequestPath = "/lib/office-js" });
        }

        app.UseStaticFiles();
    }

    private static string? FindOfficeJs(string contentRoot)
    {
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "node_modules"), Path.Combine(dir.FullName, "AddIn", "node_modules") })
                {
                    var dist = Path.Combine(candidate, "@microsoft", "office-js", "dist");
                    if (File.Exists(Path.Combine(dist, "office.js")))
                    {
                        return dist;
                    }
                }
            }
        }

        return null;
    }
}
