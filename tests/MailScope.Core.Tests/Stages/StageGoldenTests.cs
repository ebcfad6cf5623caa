using System.Text;
using MailScope.Core.Asks;
using MailScope.Core.Judgement;
using MailScope.Core.Language;
using MailScope.Core.Matching;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Zoning;

namespace MailScope.Core.Tests.Stages;

/// <summary>
/// Each stage of the judgement on its own, as golden files: <c>golden/STAGE/CASE.in.*</c> beside
/// <c>CASE.out.txt</c>, what the stage makes of it. A change in a stage shows as a readable diff of its output.
/// After an intended change, rewrite the expected files with MAILSCOPE_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class StageGoldenTests
{
    private static readonly string Root = RepoPaths.Of("tests", "MailScope.Core.Tests", "Stages", "golden");
    private static readonly Lazy<ScopeBook> Book = new(() => ScopeBookLoader.LoadFile(RepoPaths.Of("samples", "scope-book.yaml")));

    public static TheoryData<string> Cases(string stage) =>
        [.. Directory.GetFiles(Path.Combine(Root, stage), "*.in.*").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases), "zoning")]
    public void Zoning_keeps_only_the_new_text(string input) => Check("zoning", input, text =>
        string.Join('\n', input.EndsWith(".html", StringComparison.Ordinal) ? NewTextExtractor.Extract(null, text) : NewTextExtractor.Extract(text, null)));

    [Theory]
    [MemberData(nameof(Cases), "sentences")]
    public void Sentences_are_split_with_the_line_that_leads_a_list(string input) => Check("sentences", input, text =>
        string.Join('\n', SentenceSplitter.Split(Lines(text)).Select(s => s.Lead is null ? s.Text : $"{s.Text}  <= {s.Lead}")));

    [Theory]
    [MemberData(nameof(Cases), "asks")]
    public void Asks_are_found_with_their_cue(string input) => Check("asks", input, text =>
        string.Join('\n', AskDetector.Detect(SentenceSplitter.Split(Lines(text))).Select(a =>
            $"{a.CueKind} | {a.Cue} | x{a.Quantity}{(a.Logistics ? " | logistics" : string.Empty)} | {a.Sentence}")));

    [Theory]
    [MemberData(nameof(Cases), "matching")]
    public void Matching_names_what_an_ask_asks_for(string input) => Check("matching", input, text =>
    {
        var index = new ScopeIndex(Book.Value);
        return string.Join('\n', Lines(text).Select(line =>
        {
            var (package, ask) = (line[..line.IndexOf(':', StringComparison.Ordinal)], line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            var match = index.Match(ask, Book.Value.FindPackage(package)!);
            return $"{match.Kind} {match.Id ?? "-"} | {ask}";
        }));
    });

    [Theory]
    [MemberData(nameof(Cases), "verdict")]
    public void Verdicts_follow_the_clients_agreement(string input) => Check("verdict", input, text =>
    {
        var lines = Lines(text);
        var message = new InboundMessage
        {
            From = lines[0]["From:".Length..].Trim(),
            Subject = "golden",
            TextBody = string.Join('\n', lines.Skip(1)),
        };
        var judgement = new ScopeJudge(Book.Value).Judge(message, new DateOnly(2026, 11, 27));
        var output = new StringBuilder($"message: {judgement.Verdict.ToWire()}\n");
        foreach (var r in judgement.Requests)
        {
            output.Append($"{r.Verdict.ToWire()} | {r.Match.Kind} {r.Match.Id ?? "-"} | {r.Text}\n");
        }

        return output.ToString().TrimEnd('\n');
    });

    private static List<string> Lines(string text) => [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n')];

    private static void Check(string stage, string input, Func<string, string> run)
    {
        var inputPath = Path.Combine(Root, stage, input);
        var expectedPath = Path.Combine(Root, stage, input[..input.IndexOf(".in.", StringComparison.Ordinal)] + ".out.txt");
        var actual = run(File.ReadAllText(inputPath)) + "\n";
        if (Environment.GetEnvironmentVariable("MAILSCOPE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing: run with MAILSCOPE_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }
}
