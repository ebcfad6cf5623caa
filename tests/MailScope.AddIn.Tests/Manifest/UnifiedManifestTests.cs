using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using MailScope.AddIn.Manifest;

namespace MailScope.AddIn.Tests.Manifest;

/// <summary>
/// The unified (JSON) manifest: valid against the schema npm's @microsoft/app-manifest ships for its version,
/// and saying what the XML manifest says — checked against Microsoft's own converter
/// (office-addin-manifest-converter, offline) run on the XML manifest written for the same base URL.
/// Both npm packages come with `npm ci --prefix AddIn` (scripts/test.sh runs it).
/// </summary>
public sealed class UnifiedManifestTests : IDisposable
{
    private const string Base = "https://mailscope.example.com/addin";
    private static readonly string NodeModules = Path.Combine(RepoPaths.Root, "AddIn", "node_modules");
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "mailscope-manifest-" + Guid.NewGuid().ToString("N")[..10]);

    public UnifiedManifestTests() => Directory.CreateDirectory(_temp);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<(int Exit, string Output)> NodeAsync(params string[] args)
    {
        if (!Directory.Exists(Path.Combine(NodeModules, "office-addin-manifest-converter")))
        {
            throw new InvalidOperationException("npm packages missing: run `npm ci --prefix AddIn` (scripts/test.sh does).");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return (process.ExitCode, await output + await error);
    }

    private static JsonObject Ours() => JsonNode.Parse(UnifiedManifestWriter.ToText(UnifiedManifestWriter.Write(new Uri(Base))))!.AsObject();

    private async Task<JsonObject> ConvertedAsync()
    {
        var xml = Path.Combine(_temp, "manifest.xml");
        ManifestWriter.Write(new Uri(Base)).Save(xml);
        var (exit, output) = await NodeAsync(Path.Combine(NodeModules, "office-addin-manifest-converter", "cli.js"), "convert", xml, "-o", Path.Combine(_temp, "converted"));
        Assert.True(exit == 0, output);
        return JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_temp, "converted", "manifest.json")))!.AsObject();
    }

    private static IEnumerable<JsonObject> All(JsonNode? node, string property) =>
        node is JsonObject o ? (o[property] is JsonArray a ? a.OfType<JsonObject>() : []) : [];

    private static string S(JsonNode? node) => node?.GetValue<string>() ?? string.Empty;

    [Fact]
    public async Task The_unified_manifest_is_valid_against_the_schema_of_its_version()
    {
        var path = Path.Combine(_temp, "manifest.json");
        await File.WriteAllTextAsync(path, UnifiedManifestWriter.ToText(Ours()));

        var (exit, output) = await NodeAsync(Path.Combine(AppContext.BaseDirectory, "Manifest", "validate-unified-manifest.js"), path, NodeModules);

        Assert.True(exit == 0, output);
        Assert.Equal("[]", output.Trim());
        Assert.EndsWith($"/v{Ours()["manifestVersion"]}/MicrosoftTeams.schema.json", S(Ours()["$schema"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_says_what_microsofts_converter_makes_of_the_xml_manifest()
    {
        var ours = Ours();
        var converted = await ConvertedAsync();

        Assert.Equal(S(converted["id"]), S(ours["id"]));
        Assert.Equal(S(converted["version"]), S(ours["version"]));
        Assert.Equal(S(converted["name"]!["short"]), S(ours["name"]!["short"]));
        Assert.Equal(S(converted["description"]!["full"]), S(ours["description"]!["full"]));
        Assert.Equal(S(converted["developer"]!["name"]), S(ours["developer"]!["name"]));
        Assert.Equal(
            All(converted["authorization"]!["permissions"], "resourceSpecific").Select(p => S(p["name"])).Order(),
            All(ours["authorization"]!["permissions"], "resourceSpecific").Select(p => S(p["name"])).Order());
        Assert.Equal(
            converted["validDomains"]!.AsArray().Select(d => new Uri(S(d)).Authority).Distinct(),
            ours["validDomains"]!.AsArray().Select(S));

        var theirs = converted["extensions"]![0]!;
        var mine = ours["extensions"]![0]!;
        Assert.Equal(theirs["requirements"]!["capabilities"]!.ToJsonString(), mine["requirements"]!["capabilities"]!.ToJsonString());
        Assert.Equal(theirs["requirements"]!["scopes"]!.ToJsonString(), mine["requirements"]!["scopes"]!.ToJsonString());

        // The same pages, and the same kinds of action on them. The converter repeats them per VersionOverrides,
        // including the unpinnable pane of Mailbox 1.3–1.4: every Outlook that reads a unified manifest has 1.5.
        static HashSet<string> Actions(JsonNode extension) => All(extension, "runtimes")
            .SelectMany(r => All(r, "actions").Select(a => $"{S(r["code"]!["page"])} {S(a["type"])} pinnable={a["pinnable"]?.GetValue<bool>() == true}"))
            .Where(a => !a.EndsWith("pinnable=False", StringComparison.Ordinal) || !a.Contains("openPage", StringComparison.Ordinal))
            .ToHashSet();
        Assert.Equal(Actions(theirs), Actions(mine));
        Assert.Contains(All(mine, "runtimes").SelectMany(r => All(r, "actions")), a => S(a["type"]) == "executeFunction" && S(a["id"]) == AddInDefinition.FunctionName);

        // The same ribbon: contexts, tab, group, and each button's label, tip, icons and kind of action.
        static HashSet<string> Buttons(JsonNode extension)
        {
            var actions = All(extension, "runtimes").SelectMany(r => All(r, "actions")).GroupBy(a => S(a["id"])).ToDictionary(g => g.Key, g => S(g.First()["type"]));
            return All(extension, "ribbons").SelectMany(r => All(r, "tabs").SelectMany(t => All(t, "groups").SelectMany(g => All(g, "controls").Select(c =>
                string.Join(" | ", string.Join(',', r["contexts"]!.AsArray().Select(S)), S(t["builtInTabId"]), S(g["id"]), S(g["label"]), S(c["id"]), S(c["type"]), S(c["label"]),
                    S(c["supertip"]!["title"]), S(c["supertip"]!["description"]), string.Join(',', All(c, "icons").Select(i => $"{i["size"]}={S(i["url"])}")),
                    actions[S(c["actionId"])]))))).ToHashSet();
        }

        Assert.Equal(Buttons(theirs), Buttons(mine));
        Assert.Equal(2, Buttons(mine).Count);
    }

    [Fact]
    public void Every_url_is_https_under_the_base()
    {
        var urls = Ours().ToJsonString().Split('"').Where(v => v.Contains("://", StringComparison.Ordinal) && !v.Contains("json-schemas", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith(Base + "/", u, StringComparison.Ordinal));
    }

    [Fact]
    public void The_manifest_command_writes_both_manifests_and_the_committed_ones_are_what_it_writes()
    {
        var xml = Path.Combine(_temp, "manifest.xml");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ManifestCommand.Run(["--base-url", "https://localhost:5443", "--out", xml], output, error);

        Assert.Equal(0, exit);
        Assert.Equal(XDocument.Load(Path.Combine(RepoPaths.Root, "manifest.xml")).ToString(), XDocument.Load(xml).ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "manifest.json")), File.ReadAllText(Path.Combine(_temp, "manifest.json")));
    }
}
