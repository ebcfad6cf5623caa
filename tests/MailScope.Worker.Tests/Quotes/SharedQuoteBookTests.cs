using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;
using MailScope.Infrastructure.MailReading;
using MailScope.Infrastructure.Storage;
using MailScope.Templates.Drafting;
using MailScope.Templates.Rendering;
using MailScope.Worker.Tests.Servers;
using MimeKit;

namespace MailScope.Worker.Tests.Quotes;

/// <summary>Several workers sharing one PostgreSQL quote book: drafting and deciding at once.</summary>
public sealed class SharedQuoteBookTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Workers = 6;
    private const int DraftsEach = 8;

    [Fact]
    public async Task Workers_drafting_and_deciding_at_once_number_no_quote_twice_and_decide_each_once()
    {
        var connection = await postgres.NewDatabaseAsync();
        await new PostgresSyncStore(connection).InitializeAsync(CancellationToken.None);
        var book = ScopeBookLoader.LoadFile(RepoPaths.Of("samples", "scope-book.yaml"));
        var templates = TemplateSet.Load();
        var judge = new ScopeJudge(book);
        var today = new DateOnly(2026, 11, 27);
        // An upgrade (UQ) and an add-on (CO) ask: both counters are contended.
        var asks = new[] { QuoteMail.ResumeAgain(), MimeMessage.Load(RepoPaths.Of("samples", "mailbox", "01-alex-another-call.eml")) }
            .Select(MimeMessageReader.ToInbound).Select(m => (Message: m, Judgement: judge.Judge(m, today))).ToList();

        // Each worker its own store object and connection pool, as separate processes have.
        var drafted = await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            var store = new PostgresSyncStore(connection);
            var drafter = new ReplyDrafter(book, templates, new StoreQuoteNumbers(store), new SqlQuoteBook(store));
            var numbers = new List<string>();
            for (var i = 0; i < DraftsEach; i++)
            {
                var (message, judgement) = asks[(w + i) % asks.Count];
                numbers.Add((await drafter.DraftAsync(message, judgement, today, null, null, null, CancellationToken.None)).KeptQuote!.Number);
            }

            return numbers;
        })));

        var all = drafted.SelectMany(n => n).ToList();
        Assert.Equal(Workers * DraftsEach, all.Count);
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        var kept = await new SqlQuoteBook(new PostgresSyncStore(connection)).ListAsync(QuoteStatus.Drafted, "alex-kim", CancellationToken.None);
        Assert.Equal(all.Order(StringComparer.Ordinal), kept.Select(q => q.Number).Order(StringComparer.Ordinal));
        Assert.Contains(kept, q => q.Kind == OfferKind.Upgrade);
        Assert.Contains(kept, q => q.Kind == OfferKind.AddOn);

        // Every worker now accepts every quote at the same time: each is decided by exactly one of them.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            var store = new PostgresSyncStore(connection);
            var decisions = new QuoteDecisions(new SqlQuoteBook(store), new SqlLedger(store));
            var mine = new List<(string Number, DecisionOutcome Outcome)>();
            foreach (var number in all.OrderBy(n => (n.GetHashCode(StringComparison.Ordinal) ^ w) & 0xff))
            {
                var decision = await decisions.DecideAsync(number, QuoteStatus.Accepted, today, DateTimeOffset.UtcNow, $"worker-{w}", LedgerSource.Mail, CancellationToken.None);
                mine.Add((number, decision.Outcome));
            }

            return mine;
        })));

        var byNumber = outcomes.SelectMany(o => o).GroupBy(o => o.Number).ToList();
        Assert.Equal(all.Count, byNumber.Count);
        Assert.All(byNumber, g =>
        {
            Assert.Equal(1, g.Count(o => o.Outcome == DecisionOutcome.Decided));
            Assert.Equal(Workers - 1, g.Count(o => o.Outcome == DecisionOutcome.Unchanged));
        });
        var reread = new PostgresSyncStore(connection);
        Assert.All(await new SqlQuoteBook(reread).ListAsync(null, null, CancellationToken.None), q => Assert.Equal(QuoteStatus.Accepted, q.Status));

        // The accepted add-ons were written to the ledger once each: one purchased entry per line.
        var addOns = kept.Where(q => q.Kind == OfferKind.AddOn).ToList();
        var purchased = (await new SqlLedger(reread).ListAsync("alex-kim", CancellationToken.None)).Where(e => e.Kind == LedgerKind.Purchased).ToList();
        Assert.True(addOns.Sum(q => q.Lines.Count) == purchased.Count,
            string.Join("; ", purchased.GroupBy(e => e.QuoteNumber).Select(g => $"{g.Key}: {g.Count()} ({string.Join(",", g.Select(e => e.ItemId + "/" + e.Units + "/" + e.MessageKey + "/" + e.Id))})")) + " | add-ons: " + string.Join(",", addOns.Select(q => $"{q.Number}:{q.Lines.Count}")));
        Assert.All(purchased, e => Assert.Equal(("extra-call", LedgerSource.Mail), (e.ItemId, e.Source)));
        Assert.Equal(addOns.Select(q => q.Number).Order(StringComparer.Ordinal), purchased.Select(e => e.QuoteNumber!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Purchases_a_killed_worker_left_unwritten_are_written_once_by_the_syncs_that_follow()
    {
        var connection = await postgres.NewDatabaseAsync();
        var store = new PostgresSyncStore(connection);
        await store.InitializeAsync(CancellationToken.None);
        var quotes = new SqlQuoteBook(store);
        // As a worker leaves it when killed between deciding an add-on and writing its purchases.
        await quotes.SaveAsync(
            new StoredQuote("CO-2026-0099", "alex-kim", OfferKind.AddOn, [new QuoteLine("Extra call", 2, 200) { ItemId = "extra-call", Units = 2 }], 400, "USD",
                new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 20), QuoteStatus.Drafted) { TargetId = "extra-call" },
            CancellationToken.None);
        Assert.True(await quotes.DecideAsync("CO-2026-0099", QuoteStatus.Accepted, DateTimeOffset.UtcNow, "answer-key", CancellationToken.None));

        // Several syncs (separate stores, as separate processes) repair at once: the units are written exactly once.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var mine = new PostgresSyncStore(connection);
            await new QuoteDecisions(new SqlQuoteBook(mine), new SqlLedger(mine)).ExpireAsync(new DateOnly(2026, 11, 27), DateTimeOffset.UtcNow, CancellationToken.None);
        })));

        var purchased = Assert.Single(await new SqlLedger(store).ListAsync("alex-kim", CancellationToken.None), e => e.Kind == LedgerKind.Purchased);
        Assert.Equal(("extra-call", 2, "CO-2026-0099"), (purchased.ItemId, purchased.Units, purchased.QuoteNumber));
    }
}
