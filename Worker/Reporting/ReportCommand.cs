using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using MailScope.Core.Sync;
using MailScope.Infrastructure.Insights;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MailScope.Worker.Reporting;

/// <summary>
/// <c>report [--client ID] [--since D] [--until D] [--json|--csv]</c> (docs/worker.md; the engagements contract): asks, creep, quotes,
/// goodwill and recurring extras per client and in total, with suggestions. Exit 2 names a bad date or an
/// unknown client; exit 1 when the store cannot be read.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var client = new Option<string?>("--client") { Description = "Only this client (its id in the scope book)." };
        var since = new Option<string?>("--since") { Description = "First day counted (yyyy-MM-dd); default 90 days before --until." };
        var until = new Option<string?>("--until") { Description = "Last day counted (yyyy-MM-dd); default today." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object (the engagements contract)." };
        var csv = new Option<bool>("--csv") { Description = "Write CSV: one row per client and a total row." };
        var command = new Command("report", "Report scope creep, quotes, goodwill and recurring extras over a date range.") { client, since, until, json, csv };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => RunAsync(
            new ReportRequest(result.GetValue(client), result.GetValue(since), result.GetValue(until), result.GetValue(json), result.GetValue(csv)),
            result.UnmatchedTokens, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ReportRequest request, IReadOnlyList<string> configArgs, CancellationToken cancellationToken)
    {
        if (request.Json && request.Csv)
        {
            await Console.Error.WriteLineAsync("error: --json and --csv: choose one").ConfigureAwait(false);
            return 2;
        }

        if (!TryDay("--since", request.Since, out var since) || !TryDay("--until", request.Until, out var until))
        {
            return 2;
        }

        using var host = HostStartup.TryBuild(configArgs, WorkerHost.CreateBuilder, out var exitCode);
        if (host is null)
        {
            return exitCode;
        }

        var reports = host.Services.GetRequiredService<InsightsReports>();
        if (request.Client is { } id && reports.Book.Clients.All(c => c.Id != id))
        {
            await Console.Error.WriteLineAsync(
                $"error: --client: no client '{id}' in the scope book {reports.Book.SourcePath} (clients: {string.Join(", ", reports.Book.Clients.Select(c => c.Id))})").ConfigureAwait(false);
            return 2;
        }

        var (from, to) = reports.RangeOf(since, until);
        if (from > to)
        {
            await Console.Error.WriteLineAsync($"error: --since: {from:yyyy-MM-dd} is after --until {to:yyyy-MM-dd}").ConfigureAwait(false);
            return 2;
        }

        var where = host.Services.GetRequiredService<SqlSyncStore>().Location;
        try
        {
            await host.Services.GetRequiredService<ISyncStore>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            var report = await reports.BuildAsync(from, to, request.Client, cancellationToken).ConfigureAwait(false);
            var output = Console.Out;
            if (request.Json)
            {
                await output.WriteLineAsync(ReportJson.Of(report).ToJsonString(ReportJson.Options)).ConfigureAwait(false);
            }
            else if (request.Csv)
            {
                await ReportCsv.WriteAsync(report, output, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ReportTable.WriteAsync(report, output, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or JsonException)
        {
            await Console.Error.WriteLineAsync($"error: the store ({where}) cannot be read: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    private static bool TryDay(string option, string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        Console.Error.WriteLine($"error: {option}: '{text}' is not a date (yyyy-MM-dd)");
        return false;
    }

    private sealed record ReportRequest(string? Client, string? Since, string? Until, bool Json, bool Csv);
}
