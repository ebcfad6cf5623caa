using System.Net;
using System.Xml.Linq;
using MailScope.AddIn.Manifest;
using MailScope.AddIn.Tests.Api;

namespace MailScope.AddIn.Tests.Manifest;

/// <summary>
/// Microsoft's validator needs the network, so the manifest is checked here by structure: the schema's
/// element order, required elements, ids and their limits, every resid resolved, every URL HTTPS under
/// one base, the icons actually served by the host, the size.
/// </summary>
[Collection(InMemoryHosts.Name)]
public sealed class ManifestTests(AddInFactory factory) : IClassFixture<AddInFactory>
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private const string Base = "https://mailscope.example.com/addin";

    // OfficeApp's children in the order the schema's sequence requires (those MailScope writes).
    private static readonly string[] SchemaOrder =
    [
        "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl",
        "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides",
    ];

    private static XDocument Generated()
    {
        // Round-tripped through text: what Outlook would read.
        var text = ManifestWriter.Write(new Uri(Base)).ToString();
        return XDocument.Parse(text);
    }

    [Fact]
    public void The_manifest_is_a_mail_app_with_the_required_elements_in_schema_order()
    {
        var root = Generated().Root!;

        Assert.Equal(App + "OfficeApp", root.Name);
        Assert.Equal("MailApp", root.Attribute(Xsi + "type")?.Value);
        var names = root.Elements().Select(e => e.Name.LocalName).ToList();
        foreach (var required in new[] { "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule", "VersionOverrides" })
        {
            Assert.Contains(required, names);
        }

        var positions = names.Select(n => Array.IndexOf(SchemaOrder, n)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.True(Guid.TryParse(root.Element(App + "Id")!.Value, out _));
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", root.Element(App + "Version")!.Value);
        Assert.Equal("ReadWriteItem", root.Element(App + "Permissions")!.Value);
        var set = root.Element(App + "Requirements")!.Descendants(App + "Set").Single();
        Assert.Equal(("Mailbox", "1.1"), (set.Attribute("Name")!.Value, set.Attribute("MinVersion")!.Value));
    }

    [Fact]
    public void Version_overrides_1_0_hold_1_1_with_a_pinnable_pane_and_the_reply_function_on_the_read_surface()
    {
        var root = Generated().Root!;
        var outer = root.Elements().Single(e => e.Name.LocalName == "VersionOverrides");
        var inner = outer.Elements().Single(e => e.Name.LocalName == "VersionOverrides");

        Assert.Equal("VersionOverridesV1_0", outer.Attribute(Xsi + "type")!.Value);
        Assert.Equal("VersionOverridesV1_1", inner.Attribute(Xsi + "type")!.Value);
        var surface = inner.Descendants().Single(e => e.Name.LocalName == "ExtensionPoint");
        Assert.Equal("MessageReadCommandSurface", surface.Attribute(Xsi + "type")!.Value);
        var buttons = surface.Descendants().Where(e => e.Name.LocalName == "Control").ToList();
        Assert.Equal(2, buttons.Count);
        var pane = buttons.Single(b => b.Descendants().Any(a => a.Name.LocalName == "Action" && a.Attribute(Xsi + "type")!.Value == "ShowTaskpane"));
        Assert.Equal("true", pane.Descendants().Single(e => e.Name.LocalName == "SupportsPinning").Value);
        var function = buttons.Single(b => b.Descendants().Any(a => a.Name.LocalName == "Action" && a.Attribute(Xsi + "type")!.Value == "ExecuteFunction"));
        var functionName = function.Descendants().Single(e => e.Name.LocalName == "FunctionName").Value;
        // The name the ribbon calls is the one commands.js associates.
        var commandsJs = File.ReadAllText(Path.Combine(RepoPaths.Root, "AddIn", "wwwroot", "commands.js"));
        Assert.Contains($"associate(\"{functionName}\"", commandsJs, StringComparison.Ordinal);
        // SupportsPinning is 1.1 only: the 1.0 surface must not carry it.
        Assert.DoesNotContain(outer.Elements().Where(e => e != inner).SelectMany(e => e.DescendantsAndSelf()), e => e.Name.LocalName == "SupportsPinning");
    }

    [Fact]
    public void Ids_are_unique_and_short_enough_and_every_resid_resolves()
    {
        var root = Generated().Root!;
        foreach (var overrides in root.Descendants().Where(e => e.Name.LocalName == "VersionOverrides"))
        {
            var own = overrides.Elements().Where(e => e.Name.LocalName != "VersionOverrides").SelectMany(e => e.DescendantsAndSelf()).ToList();
            var controlIds = own.Where(e => e.Name.LocalName is "Control" or "Group" or "OfficeTab").Select(e => e.Attribute("id")!.Value).ToList();
            Assert.Equal(controlIds.Count, controlIds.Distinct().Count());
            Assert.All(controlIds, id => Assert.InRange(id.Length, 1, 125));
            var resources = own.Where(e => e.Name.Namespace == Bt && e.Attribute("DefaultValue") is not null).ToList();
            var resourceIds = resources.Select(e => e.Attribute("id")!.Value).ToList();
            Assert.Equal(resourceIds.Count, resourceIds.Distinct().Count());
            Assert.All(resourceIds, id => Assert.InRange(id.Length, 1, 32));
            var resids = own.Select(e => e.Attribute("resid")?.Value).OfType<string>().ToList();
            Assert.NotEmpty(resids);
            Assert.All(resids, r => Assert.Contains(r, resourceIds));
            Assert.All(resources.Where(e => e.Parent!.Name.LocalName == "ShortStrings"), e => Assert.InRange(e.Attribute("DefaultValue")!.Value.Length, 1, 125));
            Assert.All(resources.Where(e => e.Parent!.Name.LocalName == "LongStrings"), e => Assert.InRange(e.Attribute("DefaultValue")!.Value.Length, 1, 250));
        }
    }

    [Fact]
    public async Task Every_url_is_https_under_the_base_and_the_icons_and_pages_are_served_by_the_host()
    {
        var document = Generated();
        var urls = document.Descendants()
            .SelectMany(e => e.Attributes("DefaultValue").Select(a => a.Value).Concat(e.Name.LocalName == "AppDomain" ? [e.Value] : []))
            .Where(v => v.Contains("://", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith(Base, u, StringComparison.Ordinal));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(document.ToString()) <= 256 * 1024);

        using var client = factory.CreateClient();
        foreach (var url in urls.Where(u => u.Length > Base.Length))
        {
            var path = url[Base.Length..];
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            if (path.EndsWith(".png", StringComparison.Ordinal))
            {
                Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    [Fact]
    public void The_committed_manifest_is_what_the_command_writes_for_its_base_url()
    {
        var committed = XDocument.Load(Path.Combine(RepoPaths.Root, "manifest.xml"));
        var baseUrl = committed.Root!.Element(App + "AppDomains")!.Element(App + "AppDomain")!.Value;

        var expected = ManifestWriter.Write(new Uri(baseUrl));

        Assert.Equal(expected.ToString(), committed.ToString());
    }

    [Fact]
    public void The_command_refuses_a_base_url_that_is_not_https()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ManifestCommand.Run(["--base-url", "http://mailscope.example.com"], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("https://", error.ToString(), StringComparison.Ordinal);
    }
}
