using System.Diagnostics;
using System.Globalization;
using System.Net;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Configuration;
using MailScope.Worker.Hosting;
using MailScope.Worker.Sync;
using MailScope.Tooling.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using MimeKit;
using DeltaRequestBuilder = Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta.DeltaRequestBuilder;

namespace MailScope.Benchmarks;

/// <summary>
/// 10,000 messages through the Graph stand-in (tests/): MailScope's first sync (drafts off) against the SDK
/// merely paging the same delta, in one run; the ratio and requests per message.
/// </summary>
internal static class GraphBench
{
    private const int Count = 10_000;
    private const int PageSize = 200;

    public static async Task<int> RunAsync(TextWriter output)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "corpus", "career-coach");
        var files = Directory.GetFiles(Path.Combine(folder, "mail"), "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();
        await using var plainGraph = await Fill(files);
        await using var scopeGraph = await Fill(files);

        var clock = Stopwatch.StartNew();
        var paged = await PageAsync(plainGraph);
        var plain = clock.Elapsed;
        var plainRequests = plainGraph.Requests.Count;

        var data = Path.Combine(Path.GetTempPath(), "mailscope-graphbench-" + Guid.NewGuid().ToString("N")[..8]);
        var host = WorkerHost.CreateBuilder(
        [
            $"--MailScope:ScopeBook={Path.Combine(folder, "scope.yaml")}", "--MailScope:Today=2026-11-27", $"--MailScope:DataFolder={data}",
            "--MailScope:Mailboxes:0:Name=m365", "--MailScope:Mailboxes:0:Kind=Graph", $"--MailScope:Mailboxes:0:BatchSize={PageSize}",
            $"--MailScope:Mailboxes:0:Graph:BaseUrl={scopeGraph.BaseUrl.ToString().TrimEnd('/')}", $"--MailScope:Mailboxes:0:Graph:AccessToken={GraphStandIn.Token}",
            "--MailScope:Mailboxes:0:Graph:UserId=dana@reyescoaching.com", "--MailScope:Mailboxes:0:CreateDrafts=false", "--Logging:LogLevel:Default=Warning",
        ]).Build();
        await host.Services.GetRequiredService<ISyncStore>().InitializeAsync(CancellationToken.None);
        var mailbox = host.Services.GetRequiredService<MailScopeOptions>().Mailboxes[0];
        clock.Restart();
        var counts = await host.Services.GetRequiredService<MailboxSyncer>().SyncAsync(mailbox, CancellationToken.None);
        var sync = clock.Elapsed;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Count:N0} messages, pages of {PageSize}, stand-in on loopback"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  SDK paging the delta: {plain.TotalSeconds:F2} s, {paged:N0} messages, {plainRequests} requests ({(double)plainRequests / Count:F3} per message)"));
        // HTTP requests on the wire: the steps inside a $batch are recorded too, but travel in one request.
        var wire = scopeGraph.Requests.Count(r => !r.EndsWith("(in $batch)", StringComparison.Ordinal));
        var patches = scopeGraph.Requests.Count(r => r.StartsWith("PATCH ", StringComparison.Ordinal));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  MailScope sync (drafts off): {sync.TotalSeconds:F2} s, {counts!.Flagged:N0} flagged, {wire:N0} requests ({(double)wire / Count:F3} per message: delta pages + $batch requests carrying {patches:N0} PATCHes)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio: {sync.TotalSeconds / plain.TotalSeconds:F2}"));
        return 0;
    }

    private static async Task<GraphStandIn> Fill(List<MimeMessage> files)
    {
        var graph = await GraphStandIn.StartAsync();
        for (var i = 0; i < Count; i++)
        {
            var m = files[i % files.Count];
            var from = m.From.Mailboxes.First();
            graph.Add($"<bench{i}@bench.example>", m.Subject, from.Name, from.Address,
                m.HtmlBody ?? "<p>" + WebUtility.HtmlEncode(m.TextBody ?? string.Empty).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>");
        }

        return graph;
    }

    private static async Task<int> PageAsync(GraphStandIn graph)
    {
        var client = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(new Token()), graph.BaseUrl.ToString().TrimEnd('/'));
        var page = await client.Users["dana@reyescoaching.com"].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(rc =>
        {
            rc.QueryParameters.Select = ["internetMessageId", "subject", "from", "toRecipients", "body", "receivedDateTime", "categories", "flag"];
            rc.Headers.Add("Prefer", $"odata.maxpagesize={PageSize}");
        });
        var total = page?.Value?.Count ?? 0;
        while (page?.OdataNextLink is { } next)
        {
            page = await new DeltaRequestBuilder(next, client.RequestAdapter).GetAsDeltaGetResponseAsync(rc => rc.Headers.Add("Prefer", $"odata.maxpagesize={PageSize}"));
            total += page?.Value?.Count ?? 0;
        }

        return total;
    }

    private sealed class Token : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(GraphStandIn.Token);
    }
}
