using BenchmarkDotNet.Attributes;
using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;
using MailScope.Templates.Drafting;
using MailScope.Templates.Rendering;

namespace MailScope.Benchmarks;

/// <summary>
/// Drafting a flagged message (offer + reply templates + quote PDF) beside judging it (the baseline).
/// Templates are parsed once in setup: parsing is not on the per-message path.
/// </summary>
[MemoryDiagnoser]
public class DraftBenchmarks
{
    private readonly DateOnly _today = new(2026, 11, 27);
    private ScopeJudge _judge = null!;
    private ReplyDrafter _drafter = null!;
    private InboundMessage _message = null!;
    private MessageJudgement _judgement = null!;

    [GlobalSetup]
    public void Setup()
    {
        var book = ScopeBookLoader.LoadFile(RepoPaths.Of("samples", "scope-book.yaml"));
        _judge = new ScopeJudge(book);
        _drafter = new ReplyDrafter(book, TemplateSet.Load(), new CountingNumbers());
        _message = new InboundMessage { From = "alex.kim@example.com", Subject = "Next steps", TextBody = "Hi Dana,\n\nCould we squeeze in one more session next week before my final interview?\n\nBest,\nAlex" };
        _judgement = _judge.Judge(_message, _today);
    }

    [Benchmark(Baseline = true, Description = "judge")]
    public int Judge() => _judge.Judge(_message, _today).Requests.Count;

    [Benchmark(Description = "draft (offer + templates + PDF)")]
    public async Task<int> Draft() => (await _drafter.DraftAsync(_message, _judgement, _today, null, null, null, CancellationToken.None)).Quote!.Content.Length;

    [Benchmark(Description = "draft without PDF (retainer)")]
    public async Task<int> DraftNoPdf() => (await _drafter.DraftAsync(_message, _judgement, _today, OfferKind.Retainer, null, null, CancellationToken.None)).Text.Length;

    private sealed class CountingNumbers : IQuoteNumbers
    {
        private int _n;

        public Task<string> NextAsync(OfferKind kind, DateOnly issued, CancellationToken cancellationToken) =>
            Task.FromResult($"CO-{issued.Year}-{Interlocked.Increment(ref _n):D4}");
    }
}
