using BenchmarkDotNet.Attributes;
using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;
using MailScope.Infrastructure.MailReading;
using MimeKit;

namespace MailScope.Benchmarks;

/// <summary>Judging a typical message against what MimeKit spends parsing it (the baseline), one run.</summary>
[MemoryDiagnoser]
public class JudgeBenchmarks
{
    private readonly DateOnly _today = new(2026, 11, 27);
    private byte[][] _raw = [];
    private InboundMessage[] _messages = [];
    private ScopeJudge _judge = null!;

    [Params(2, 5, 10)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _judge = new ScopeJudge(ScopeBookLoader.LoadFile(RepoPaths.Of("samples", "scope-book.yaml")));
        _raw = Enumerable.Range(0, 6).Select(i => System.Text.Encoding.UTF8.GetBytes(SampleMail.Eml(i, Kilobytes))).ToArray();
        _messages = _raw.Select(r => MimeMessageReader.ToInbound(MimeMessage.Load(new MemoryStream(r)))).ToArray();
    }

    [Benchmark(Baseline = true, Description = "MimeKit parse")]
    public int Parse()
    {
        var n = 0;
        foreach (var raw in _raw)
        {
            using var stream = new MemoryStream(raw);
            n += MimeMessage.Load(stream).TextBody?.Length ?? 0;
        }

        return n;
    }

    [Benchmark(Description = "judge")]
    public int Judge()
    {
        var n = 0;
        foreach (var message in _messages)
        {
            n += _judge.Judge(message, _today).Requests.Count;
        }

        return n;
    }
}
