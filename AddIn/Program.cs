using Hangfire;
using MailScope.AddIn.Api;
using MailScope.AddIn.Hosting;
using MailScope.AddIn.Manifest;

if (args is ["manifest", .. var manifestArgs])
{
    return ManifestCommand.Run(manifestArgs, Console.Out, Console.Error);
}

// The pages ship beside the program, so the host serves them from any working folder.
var webRoot = Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot"))
    ? Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")
    : Path.Combine(AppContext.BaseDirectory, "wwwroot");
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = webRoot });
var options = builder.AddAddInHost();
var app = builder.Build();
if (AddInStartup.Check(app.Services) is { } problem)
{
    Console.Error.WriteLine($"error: {problem}");
    return 2;
}

app.UseAddInHost();
app.MapTaskPane(options);
app.MapScopeApi();
app.MapCorrectionApi();
app.MapAttachmentLinks();
app.MapDashboardApi();
app.MapGraphWebhook();
app.MapHangfireDashboard("/hangfire", new Hangfire.DashboardOptions
{
    Authorization = [],
    AsyncAuthorization = [new DashboardApi.SessionFilter()],
    AppPath = "/dashboard.html",
    DashboardTitle = "MailScope jobs",
});
app.MapGet("/healthz", () => TypedResults.Ok("ok"));
await app.RunAsync().ConfigureAwait(false);
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
