using System.Diagnostics;
using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;
using MailScope.Infrastructure.Adjudication;
using MailScope.Tooling;
using MailScope.Tooling.Servers;
using Microsoft.Extensions.Logging;

namespace MailScope.Worker.Tests.Adjudication;

/// <summary>
/// The optional second opinion through the real OpenAI client pointed at a stand-in endpoint: what it is sent,
/// what it changes, and that every failure leaves the engine's verdict standing.
/// </summary>
public sealed class ChatAdjudicatorTests : IAsyncLifetime
{
    private const string Key = "sk-test-0123456789-secret";
    private static readonly DateOnly Today = new(2026, 11, 27);
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _logLines = new();
    private ChatStandIn _chat = null!;
    private ScopeJudge _judge = null!;

    public async Task InitializeAsync()
    {
        _chat = await ChatStandIn.StartAsync();
        _judge = new ScopeJudge(ScopeBookLoader.LoadFile(Path.Combine(RepoPaths.Root, "tests", "corpus", "career-coach", "scope.yaml")));
    }

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    // Alex has used all four calls: "one more call" is over quota for the engine.
    private static InboundMessage Mail(string text) => new()
    {
        From = "alex.kim@example.com",
        Subject = "Next steps",
        TextBody = $"Hi Dana,\n\nThanks for the session on Tuesday, my new private number is 555-0199.\n\n{text}\n\nBest,\nAlex",
    };

    private SecondOpinion Opinion(double timeoutSeconds = 5) => new(AdjudicatorFactory.Create(
        new AdjudicatorOptions { Enabled = true, Endpoint = _chat.Endpoint, Model = "stand-in-model", ApiKey = Key, Below = 1.0, TimeoutSeconds = timeoutSeconds },
        0.5,
        LoggerFactory.Create(b => b.AddProvider(new LogSink(_logLines)))));

    [Fact]
    public async Task Its_verdict_replaces_the_engines_and_it_is_sent_only_the_ask_and_the_agreement()
    {
        var local = _judge.Judge(Mail("Could we book one more call next week?"), Today);
        Assert.Equal(Verdict.OverQuota, local.Verdict);
        _chat.Answer = _ => """{"verdict":"in_scope","item":"email-support","reason":"A scheduling question."}""";

        var judged = await Opinion().ApplyAsync(local, _judge, AgreementSnapshot.Empty, Today, CancellationToken.None);

        var ask = Assert.Single(judged.Requests);
        Assert.Equal(Verdict.InScope, judged.Verdict);
        Assert.True(ask.Adjudicated);
        Assert.Equal("email-support", ask.Match.Id);
        Assert.Contains("A scheduling question.", ask.Reason, StringComparison.Ordinal);

        var (authorization, body) = Assert.Single(_chat.Requests);
        Assert.Equal("Bearer " + Key, authorization);
        Assert.Equal("stand-in-model", body["model"]!.GetValue<string>());
        Assert.Equal("json_schema", body["response_format"]!["type"]!.GetValue<string>());
        var sent = body["messages"]!.ToJsonString();
        Assert.Contains("one more call", sent, StringComparison.Ordinal);
        Assert.Contains("[coaching-call]", sent, StringComparison.Ordinal);
        Assert.Contains("4 used, 0 left", sent, StringComparison.Ordinal);
        // Only the ask and the agreement: not the rest of the mail, not who sent it.
        Assert.DoesNotContain("555-0199", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("alex", sent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Key, LogText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"verdict":"definitely_fine","item":null,"reason":"?"}""")]
    [InlineData("""{"item":"coaching-call"}""")]
    [InlineData(null)] // a 500 from the endpoint
    public async Task An_unusable_answer_leaves_the_engines_verdict(string? answer)
    {
        var local = _judge.Judge(Mail("Could we book one more call next week?"), Today);
        _chat.Answer = _ => answer;

        var judged = await Opinion().ApplyAsync(local, _judge, AgreementSnapshot.Empty, Today, CancellationToken.None);

        Assert.Equal(local.Verdict, judged.Verdict);
        Assert.False(Assert.Single(judged.Requests).Adjudicated);
        Assert.NotEmpty(_chat.Requests);
        Assert.DoesNotContain(Key, LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_endpoint_times_out_and_the_engines_verdict_stands()
    {
        var local = _judge.Judge(Mail("Could we book one more call next week?"), Today);
        _chat.Delay = TimeSpan.FromSeconds(30);
        var clock = Stopwatch.StartNew();

        var judged = await Opinion(timeoutSeconds: 1).ApplyAsync(local, _judge, AgreementSnapshot.Empty, Today, CancellationToken.None);

        Assert.Equal(local.Verdict, judged.Verdict);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Contains("did not answer within 1 s", LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confident_asks_are_not_sent()
    {
        var local = _judge.Judge(Mail("Could we book one more call next week?"), Today);
        var opinion = new SecondOpinion(AdjudicatorFactory.Create(
            new AdjudicatorOptions { Enabled = true, Endpoint = _chat.Endpoint, Model = "m", Below = 0.0 }, 0.5, LoggerFactory.Create(_ => { })));

        var judged = await opinion.ApplyAsync(local, _judge, AgreementSnapshot.Empty, Today, CancellationToken.None);

        Assert.Same(local, judged);
        Assert.Empty(_chat.Requests);
    }

    [Fact]
    public void Settings_that_cannot_work_are_named_when_it_is_on()
    {
        var problems = new AdjudicatorOptions { Enabled = true, Endpoint = new Uri("ftp://x/"), TimeoutSeconds = 0 }.Problems("MailScope:Adjudicator").ToList();

        Assert.Contains(problems, p => p.StartsWith("MailScope:Adjudicator:Endpoint", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("MailScope:Adjudicator:Model", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("MailScope:Adjudicator:TimeoutSeconds", StringComparison.Ordinal));
        Assert.Empty(new AdjudicatorOptions { Enabled = false }.Problems("MailScope:Adjudicator"));
    }

    private string LogText => string.Join('\n', _logLines);

    private sealed class LogSink(System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
        }
    }
}
