using Hangfire;
using MailScope.AddIn.Api;
using MailScope.AddIn.Hosting;
using MailScope.AddIn.Manifest;
using MailScope.AddIn.Playground;

if (args is ["manifest", .. var manifestArgs])
{
    return ManifestCommand.Run(manifestArgs, Console.Out, Console.Error);
}

PlaygroundCommand? playground = null;
if (args is ["playground", .. var playgroundArgs])
{
    playground = PlaygroundCommand.Parse(playgroundArgs, Console.Error);
    if (playground is null)
    {
        return 2;
    }

    args = [];
}

// The pages ship beside the program, so the host serves them from any working folder.
var webRoot = Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot"))
    ? Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")
    : Path.Combine(AppContext.BaseDirectory, "wwwroot");
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = webRoot });
playground?.Configure(builder);
// Checked before anything starts: Kestrel's own answer to a missing certificate is a stack trace.
if (HttpsCertificateCheck.Problem(builder.Configuration) is { } certificateProblem)
{
    Console.Error.WriteLine($"error: {certificateProblem}");
    return 2;
}

var options = builder.AddAddInHost();
var app = builder.Build();
if (AddInStartup.Check(app.Services) is { } problem)
{
    Console.Error.WriteLine($"error: {problem}");
    return 2;
}

var mailbox = playground is null ? null : SampleMailbox.Load(PlaygroundCommand.Mailbox);
if (playground is not null)
{
    // First in the pipeline: nothing of the playground answers a request from another machine.
    app.UseLoopbackOnly();
}

app.UseAddInHost();
app.MapTaskPane(options, playground is null ? null : PlaygroundApi.OfficeScript);
if (playground is not null)
{
    app.MapPlayground(playground, mailbox!);
}

app.MapScopeApi();
app.MapCorrectionApi();
app.MapDeliveredApi();
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
try
{
    try
    {
        await app.StartAsync().ConfigureAwait(false);
    }
    catch (InvalidOperationException) when (HttpsCertificateCheck.ReliesOnDevelopmentCertificate(builder.Configuration))
    {
        // The development certificate exists but Kestrel will not use it (made by an older SDK, say).
        Console.Error.WriteLine($"error: HTTPS could not use this machine's ASP.NET Core development certificate: {HttpsCertificateCheck.Fix} (`dotnet dev-certs https --clean` first replaces an old one).");
        return 2;
    }
    catch (IOException ex) when (playground is not null)
    {
        Console.Error.WriteLine($"error: the playground cannot listen on 127.0.0.1:{playground.Port} ({ex.Message}): choose another with --port N, or --port 0 for any free port.");
        return 2;
    }

    if (playground is not null)
    {
        Console.Out.WriteLine(PlaygroundApi.Banner(PlaygroundApi.BoundUrl(app), mailbox!));
    }

    await app.WaitForShutdownAsync().ConfigureAwait(false);
}
finally
{
    await app.DisposeAsync().ConfigureAwait(false);
    playground?.DeleteDataFolder();
}

return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
