using System.Net;

namespace MailScope.AddIn.Tests.Api;

/// <summary>Where the task pane gets office.js: Microsoft's CDN in production, the npm package's copy in development.</summary>
[Collection(InMemoryHosts.Name)]
public sealed class OfficeJsTests
{
    [Fact]
    public async Task By_default_the_pages_load_office_js_from_microsofts_cdn()
    {
        using var factory = new AddInFactory();
        factory.Settings["MailScope:AddIn:OfficeJs"] = "Cdn";
        using var client = factory.CreateClient();

        var pane = await client.GetStringAsync("/taskpane.html");
        var commands = await client.GetStringAsync("/commands.html");

        Assert.Contains("<script src=\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\"></script>", pane, StringComparison.Ordinal);
        Assert.Contains("appsforoffice.microsoft.com", commands, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_serves_office_js_from_the_npm_package()
    {
        using var factory = new AddInFactory();
        factory.Settings["MailScope:AddIn:OfficeJs"] = "Local";
        using var client = factory.CreateClient();

        var pane = await client.GetStringAsync("/taskpane.html");
        using var script = await client.GetAsync("/lib/office-js/office.js");

        Assert.Contains("<script src=\"/lib/office-js/office.js\"></script>", pane, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("Office", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
