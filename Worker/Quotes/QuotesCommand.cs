using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using MailScope.Core.Agreements;
using MailScope.Core.Offers;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Storage;
using MailScope.Infrastructure.Time;
using MailScope.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MailScope.Worker.Quotes;

/// <summary>
/// <c>quotes list [--status S] [--json]</c> and <c>quotes accept|decline|withdraw NUMBER</c> (contract:
/// docs/engagements.md). A drafted quote past its valid_until is marked expired before it is listed or decided.
/// </summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var command = new Command("quotes", "List the numbered quotes, or accept, decline or withdraw one.")
        {
            List(),
            Decide("accept", QuoteStatus.Accepted, "Record that the client accepted the quote (amends the agreement)."),
            Decide("decline", QuoteStatus.Declined, "Record that the client declined the quote."),
            Decide("withdraw", QuoteStatus.Withdrawn, "Withdraw the quote."),
        };
        return command;
    }

    private static Command List()
    {
        var status = new Option<string?>("--status") { Description = "Only quotes with this status: drafted, accepted, declined, expired, withdrawn." };
        var json = new Option<bool>("--json") { Description = "A JSON array of {number, client, kind, status, total, currency, created, valid_until}." };
        var command = new Command("list", "List the numbered quotes, oldest first.") { status, json };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => ListAsync(result.GetValue(status), result.GetValue(json), result.UnmatchedTokens, cancellationToken));
        return command;
    }

    private static Command Decide(string name, QuoteStatus status, string description)
    {
        var number = new Argument<string>("NUMBER") { Description = "The quote number, e.g. UQ-2026-0001." };
        var command = new Command(name, description) { number };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => DecideAsync(result.GetValue(number)!, status, result.UnmatchedTokens, cancellationToken));
        return command;
    }

    private static async Task<int> ListAsync(string? statusText, bool json, IReadOnlyList<string> configArgs, CancellationToken cancellationToken)
    {
        var status = QuoteStatusWire.Parse(statusText);
        if (statusText is not null && status is null)
        {
            return await FailAsync(2, $"--status: '{statusText}' is not one of drafted, accepted, declined, expired, withdrawn").ConfigureAwait(false);
        }

        return await WithStoreAsync(configArgs, async services =>
        {
            var time = services.GetRequiredService<TimeProvider>();
            await services.GetRequiredService<QuoteDecisions>().ExpireAsync(time.Today(), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            var quotes = await services.GetRequiredService<IQuoteBook>().ListAsync(status, null, cancellationToken).ConfigureAwait(false);
            await using var stdout = Console.OpenStandardOutput();
            if (json)
            {
                await WriteJsonAsync(stdout, quotes, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await using var writer = new StreamWriter(stdout);
                foreach (var q in quotes)
                {
                    await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{q.Number,-14} {q.ClientId,-16} {q.Kind.ToWire(),-13} {q.Status.ToWire(),-10} {q.Total,12:N2} {q.Currency,-4} {Day(q.Created)} valid until {Day(q.ValidUntil)}")).ConfigureAwait(false);
                }

                if (quotes.Count == 0)
                {
                    await writer.WriteLineAsync("No quotes.").ConfigureAwait(false);
                }
            }

            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteJsonAsync(Stream stdout, IReadOnlyList<StoredQuote> quotes, CancellationToken cancellationToken)
    {
        await using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartArray();
            foreach (var q in quotes)
            {
                w.WriteStartObject();
                w.WriteString("number", q.Number);
                w.WriteString("client", q.ClientId);
                w.WriteString("kind", q.Kind.ToWire());
                w.WriteString("status", q.Status.ToWire());
                w.WriteNumber("total", q.Total);
                w.WriteString("currency", q.Currency);
                w.WriteString("created", Day(q.Created));
                w.WriteString("valid_until", Day(q.ValidUntil));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            await w.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    private static Task<int> DecideAsync(string number, QuoteStatus status, IReadOnlyList<string> configArgs, CancellationToken cancellationToken) =>
        WithStoreAsync(configArgs, async services =>
        {
            var time = services.GetRequiredService<TimeProvider>();
            var decision = await services.GetRequiredService<QuoteDecisions>()
                .DecideAsync(number, status, time.Today(), time.GetUtcNow(), "cli", Core.Agreements.LedgerSource.Cli, cancellationToken).ConfigureAwait(false);
            var verb = status.ToWire();
            switch (decision.Outcome)
            {
                case DecisionOutcome.Unknown:
                    return await FailAsync(2, $"quote {number}: no quote has this number").ConfigureAwait(false);
                case DecisionOutcome.Expired:
                    return await FailAsync(2, $"quote {number}: expired on {Day(decision.Quote!.ValidUntil.AddDays(1))} (valid until {Day(decision.Quote.ValidUntil)}); it cannot be {verb}").ConfigureAwait(false);
                case DecisionOutcome.Conflict:
                    return await FailAsync(2, $"quote {number}: already {decision.Quote!.Status.ToWire()}; it cannot be {verb}").ConfigureAwait(false);
                case DecisionOutcome.Unchanged:
                    await Console.Out.WriteLineAsync($"quote {number}: already {verb}; nothing changed").ConfigureAwait(false);
                    return 0;
                default:
                    await Console.Out.WriteLineAsync($"quote {number}: {verb}").ConfigureAwait(false);
                    return 0;
            }
        }, cancellationToken);

    /// <summary>Builds the worker's host (same configuration and store as <c>run</c>) and runs <paramref name="body"/> on it.</summary>
    private static async Task<int> WithStoreAsync(IReadOnlyList<string> configArgs, Func<IServiceProvider, Task<int>> body, CancellationToken cancellationToken)
    {
        using var host = HostStartup.TryBuild(configArgs, WorkerHost.CreateBuilder, out var exitCode);
        if (host is null)
        {
            return exitCode;
        }

        var where = host.Services.GetRequiredService<SqlSyncStore>().Location;
        try
        {
            await host.Services.GetRequiredService<ISyncStore>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            return await body(host.Services).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException)
        {
            return await FailAsync(1, $"the store ({where}) cannot be used: {ex.Message}").ConfigureAwait(false);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<int> FailAsync(int code, string message)
    {
        await Console.Error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return code;
    }
}
