using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MailScope.Core.Tests.Architecture;

/// <summary>
/// The references between projects are the ones each project's README describes: dependencies point inward
/// (Core ← Templates ← Infrastructure ← the two hosts), the hosts never reference each other, and the
/// evaluation tool reads mail through Infrastructure, not through a host.
/// </summary>
public partial class ProjectReferenceTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Core/MailScope.Core.csproj"] = [],
        ["Templates/MailScope.Templates.csproj"] = ["MailScope.Core"],
        ["Infrastructure.Semantic/MailScope.Infrastructure.Semantic.csproj"] = ["MailScope.Core"],
        ["Infrastructure/MailScope.Infrastructure.csproj"] = ["MailScope.Core", "MailScope.Templates", "MailScope.Infrastructure.Semantic"],
        ["Worker/MailScope.Worker.csproj"] = ["MailScope.Core", "MailScope.Templates", "MailScope.Infrastructure"],
        ["AddIn/MailScope.AddIn.csproj"] = ["MailScope.Core", "MailScope.Templates", "MailScope.Infrastructure"],
        ["tools/MailScope.Evaluation/MailScope.Evaluation.csproj"] = ["MailScope.Core", "MailScope.Infrastructure", "MailScope.Infrastructure.Semantic"],
    };

    // Mailbox protocols belong to the worker, the web to the add-in host: the shared library carries neither.
    private static readonly string[] NotInInfrastructure = ["MailKit", "Microsoft.Graph", "Azure.Identity", "Microsoft.Identity.Web", "System.CommandLine"];

    public static TheoryData<string> Projects() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_references_only_what_its_README_allows(string project)
    {
        var referenced = ProjectReferences(project);

        Assert.All(referenced, name => Assert.Contains(name, Allowed[project]));
    }

    [Fact]
    public void Infrastructure_carries_no_mailbox_protocol_and_no_web_framework()
    {
        var document = XDocument.Load(Path.Combine(RepoPaths.Root, "Infrastructure", "MailScope.Infrastructure.csproj"));
        var packages = document.Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!).ToList();
        var frameworks = document.Descendants("FrameworkReference").Select(e => (string)e.Attribute("Include")!).ToList();

        Assert.DoesNotContain(packages, p => NotInInfrastructure.Any(n => p.StartsWith(n, StringComparison.Ordinal)));
        Assert.DoesNotContain("Microsoft.AspNetCore.App", frameworks);
        Assert.NotEmpty(packages); // the check reads real references, not an empty file
    }

    [Fact]
    public void Every_project_of_the_solution_is_covered_by_the_rules_or_is_a_test_tool_or_benchmark()
    {
        var solution = File.ReadAllText(Path.Combine(RepoPaths.Root, "MailScope.sln"));
        var projects = SolutionProject().Matches(solution).Select(m => m.Groups["path"].Value.Replace('\\', '/')).ToList();

        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.True(Allowed.ContainsKey(p) || p.StartsWith("tests/", StringComparison.Ordinal)
            || p.StartsWith("tools/", StringComparison.Ordinal) || p.StartsWith("benchmarks/", StringComparison.Ordinal), $"{p} has no reference rule"));
        Assert.All(Allowed.Keys.Where(k => !k.StartsWith("tools/", StringComparison.Ordinal)), k => Assert.Contains(k, projects));
    }

    [Fact]
    public void The_hosts_really_reference_the_shared_library()
    {
        // Guards the rule test against passing on projects that reference nothing.
        Assert.Contains("MailScope.Infrastructure", ProjectReferences("Worker/MailScope.Worker.csproj"));
        Assert.Contains("MailScope.Infrastructure", ProjectReferences("AddIn/MailScope.AddIn.csproj"));
    }

    private static List<string> ProjectReferences(string project) =>
        [.. XDocument.Load(Path.Combine(RepoPaths.Root, project)).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string)e.Attribute("Include")!).Replace('\\', '/')))];

    [GeneratedRegex(@"Project\(""\{FAE04EC0[^}]*\}""\) = ""[^""]*"", ""(?<path>[^""]+\.csproj)""")]
    private static partial Regex SolutionProject();
}
