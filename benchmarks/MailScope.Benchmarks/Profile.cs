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
    /// <summary>Profiles the generated sample mail, or the .eml files of a folder against a book.</summary>
    public static int Run(TextWriter output, string? bookPath = null, string? folder = null)
    {
        var book = ScopeBookLoader.LoadFile(bookPath ?? RepoPaths.Of("samples", "scope-book.yaml"));
        var judge = new ScopeJudge(book);
        var messages = folder is null
            ? Enumerable.Range(0, 6).Select(i => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SampleMail.Eml(i)))))
            : Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeKit.MimeMessage.Load(f));
        var texts = messages.Select(Infrastructure.MailReading.MimeMessageReader.ToInbound).ToArray();
        var rounds = 18_000 / texts.Length;
        var n = texts.Length;
        Time(output, n, "zoning", rounds, () => texts.Sum(t => NewTextExtractor.Extract(t.TextBody, t.HtmlBody).Count));
        var zoned = texts.Select(t => NewTextExtractor.Extract(t.TextBody, t.HtmlBody)).ToArray();
        Time(output, n, "sentences", rounds, () => zoned.Sum(z => SentenceSplitter.Split(z).Count));
        var sentences = zoned.Select(SentenceSplitter.Split).ToArray();
        Time(output, n, "cues only", rounds, () => sentences.Sum(s => s.Sum(x => RequestCues.FindAll(Tokenizer.Fold(x.Text)).Count)));
        var folded = sentences.SelectMany(x => x).Select(x => Tokenizer.Fold(x.Text)).ToArray();
        Time(output, n, "fold", rounds, () => sentences.Sum(s => s.Sum(x => Tokenizer.Fold(x.Text).Length)));
        Time(output, n, "findall", rounds, () => folded.Sum(f => RequestCues.FindAll(f).Count));
        output.WriteLine($"sentences per message: {folded.Length / (double)texts.Length:F1}, chars {folded.Sum(f => f.Length) / texts.Length}");
        foreach (var (name, pattern, _) in RequestCues.Patterns)
        {
            Time(output, n, "  " + name, rounds, () => folded.Count(pattern.IsMatch));
        }

        Time(output, n, "asks", rounds, () => sentences.Sum(s => AskDetector.Detect(s).Count));
        Time(output, n, "tokenize", rounds, () => sentences.Sum(s => s.Sum(x => Tokenizer.Tokenize(x.Text).Count)));
        Time(output, n, "zoning again", rounds, () => texts.Sum(t => NewTextExtractor.Extract(t.TextBody, t.HtmlBody).Count));
        Time(output, n, "judge fresh", rounds, () => texts.Sum(t => judge.Judge(t with { TextBody = t.TextBody is null ? null : new string(t.TextBody), HtmlBody = t.HtmlBody is null ? null : new string(t.HtmlBody) }, new DateOnly(2026, 11, 27)).Requests.Count));
        Time(output, n, "judge (all)", rounds, () => texts.Sum(t => judge.Judge(t, new DateOnly(2026, 11, 27)).Requests.Count));
        return 0;
    }

    /// <summary>The pipeline's stages one after another over 10,000 messages, each stage cold once: parse, read, judge.</summary>
    public static int Stages(TextWriter output, string bookPath, string folder)
    {
        var judge = new ScopeJudge(ScopeBookLoader.LoadFile(bookPath));
        var files = Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var raw = Enumerable.Range(0, 10_000).Select(i => files[i % files.Length]).ToArray();
        var clock = Stopwatch.StartNew();
        var parsed = raw.Select(r => MimeKit.MimeMessage.Load(new MemoryStream(r))).ToArray();
        output.WriteLine($"parse     {clock.Elapsed.TotalMicroseconds / raw.Length,8:F1} us per message");
        clock.Restart();
        var inbound = parsed.Select(Infrastructure.MailReading.MimeMessageReader.ToInbound).ToArray();
        output.WriteLine($"read      {clock.Elapsed.TotalMicroseconds / raw.Length,8:F1} us per message");
        GC.Collect();
        GC.Collect();
        // Ten slices of 1,000 distinct messages: how the cost settles as the process warms up.
        foreach (var slice in inbound.Chunk(1000))
        {
            clock.Restart();
            var requests = slice.Sum(m => judge.Judge(m, new DateOnly(2026, 11, 27)).Requests.Count);
            output.Write($"{clock.Elapsed.TotalMicroseconds / slice.Length:F0} ");
        }

        output.WriteLine("us per message, by slice of 1,000");

        return 0;
    }

    private static void Time(TextWriter output, int count, string name, int rounds, Func<int> work)
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

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - bytes) / rounds / count;
        output.WriteLine($"{name,-14} {clock.Elapsed.TotalMicroseconds / rounds / count,8:F1} us per message, {allocated,7:N0} B");
    }
}
