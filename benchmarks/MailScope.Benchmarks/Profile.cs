using System.Diagnostics;
using MailScope.Core.Asks;
using MailScope.Core.Judgement;
using MailScope.Core.Language;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Zoning;

namespace MailScope.Benchmarks;

/// <summary>A rough split of the judgement's cost by stage (for finding hot spots; not a benchmark).</summary>
internal static class Profile
{
    public static int Run(TextWriter output)
    {
        var book = ScopeBookLoader.LoadFile(RepoPaths.Of("samples", "scope-book.yaml"));
        var judge = new ScopeJudge(book);
        var texts = Enumerable.Range(0, 6).Select(i => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SampleMail.Eml(i))))).Select(Worker.MailReading.MimeMessageReader.ToInbound).ToArray();
        const int rounds = 3000;
        Time(output, "zoning", rounds, () => texts.Sum(t => NewTextExtractor.Extract(t.TextBody, t.HtmlBody).Count));
        var zoned = texts.Select(t => NewTextExtractor.Extract(t.TextBody, t.HtmlBody)).ToArray();
        Time(output, "sentences", rounds, () => zoned.Sum(z => SentenceSplitter.Split(z).Count));
        var sentences = zoned.Select(SentenceSplitter.Split).ToArray();
        Time(output, "cues only", rounds, () => sentences.Sum(s => s.Sum(x => RequestCues.FindAll(Tokenizer.Fold(x.Text)).Count)));
        var folded = sentences.SelectMany(x => x).Select(x => Tokenizer.Fold(x.Text)).ToArray();
        Time(output, "fold", rounds, () => sentences.Sum(s => s.Sum(x => Tokenizer.Fold(x.Text).Length)));
        Time(output, "findall", rounds, () => folded.Sum(f => RequestCues.FindAll(f).Count));
        output.WriteLine($"sentences per message: {folded.Length / 6.0:F1}, chars {folded.Sum(f => f.Length) / 6}");
        foreach (var (name, pattern, _) in RequestCues.Patterns)
        {
            Time(output, "  " + name, rounds, () => folded.Count(pattern.IsMatch));
        }

        Time(output, "asks", rounds, () => sentences.Sum(s => AskDetector.Detect(s).Count));
        Time(output, "tokenize", rounds, () => sentences.Sum(s => s.Sum(x => Tokenizer.Tokenize(x.Text).Count)));
        Time(output, "zoning again", rounds, () => texts.Sum(t => NewTextExtractor.Extract(t.TextBody, t.HtmlBody).Count));
        Time(output, "judge (all)", rounds, () => texts.Sum(t => judge.Judge(t, new DateOnly(2026, 11, 27)).Requests.Count));
        return 0;
    }

    private static void Time(TextWriter output, string name, int rounds, Func<int> work)
    {
        // Enough calls for tiered JIT to settle on optimised code.
        for (var i = 0; i < 2000; i++)
        {
            work();
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            work();
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - bytes) / rounds / 6;
        output.WriteLine($"{name,-14} {clock.Elapsed.TotalMicroseconds / rounds / 6,8:F1} us per message, {allocated,7:N0} B");
    }
}
