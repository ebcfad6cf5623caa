using System.Text.RegularExpressions;

namespace MailScope.Core.Tests.Architecture;

/// <summary>Docs and code comments point only at files that are in the repository.</summary>
public partial class DocumentationLinkTests
{
    private static readonly string[] Skipped = ["/bin/", "/obj/", "/node_modules/", "/artifacts/", "/.git/"];

    [Fact]
    public void Every_relative_link_in_a_markdown_file_resolves()
    {
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var file in Files("*.md"))
        {
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(file)))
            {
                var target = link.Groups["target"].Value.Split('#')[0];
                if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                checkedLinks++;
                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(target)));
                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: {target}");
                }
            }
        }

        Assert.Empty(broken);
        Assert.True(checkedLinks > 10, $"only {checkedLinks} links found: the check is not reading the docs");
    }

    [Fact]
    public void Every_document_a_code_comment_cites_is_in_the_repository()
    {
        var missing = new List<string>();
        foreach (var file in Files("*.cs"))
        {
            foreach (Match cited in CitedDocument().Matches(File.ReadAllText(file)))
            {
                var path = cited.Groups["path"].Value;
                if (!File.Exists(Path.Combine(RepoPaths.Root, path)) && !File.Exists(Path.Combine(Path.GetDirectoryName(file)!, path)))
                {
                    missing.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: {path}");
                }
            }
        }

        Assert.Empty(missing);
    }

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(RepoPaths.Root, pattern, SearchOption.AllDirectories)
            .Where(f => !Skipped.Any(s => f.Replace('\\', '/').Contains(s, StringComparison.Ordinal)));

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    // A document named in a comment: "docs/worker.md", "README.md", "scan.md".
    [GeneratedRegex(@"//.*?(?<![\w/.-])(?<path>[\w./-]+\.md)\b")]
    private static partial Regex CitedDocument();
}
