using System.Globalization;
using System.Text.Json;
using MimeKit;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// What <c>scan</c> says of the campaign's messages: the worker's offline judgement, run as a user runs it,
/// is the expectation every sync is held to (flagged exactly when scan flags).
/// </summary>
public static class ScanOracle
{
    public sealed record Line(string Source, string? MessageId, string Verdict, bool Flagged, string? Error);

    /// <summary>Message-ID (without brackets) → whether scan flags it.</summary>
    public static async Task<Dictionary<string, bool>> ExpectAsync(string scopeBook, IEnumerable<MimeMessage> messages, string workFolder)
    {
        var folder = Path.Combine(workFolder, "scan-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var i = 0;
        foreach (var message in messages)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{i++:D6}.eml")), ChaosMail.Bytes(message));
        }

        var lines = await ScanAsync(scopeBook, folder, workFolder);
        Directory.Delete(folder, recursive: true);
        if (lines.Count != i)
        {
            throw new InvalidOperationException($"scan gave {lines.Count} results for {i} messages");
        }

        return lines.ToDictionary(l => (l.MessageId ?? string.Empty).Trim('<', '>'), l => l.Flagged, StringComparer.Ordinal);
    }

    /// <summary>Runs <c>scan --json</c> on an input and reads its one line per message.</summary>
    public static async Task<List<Line>> ScanAsync(string scopeBook, string input, string workFolder)
    {
        var result = await ChaosWorker.RunAsync(new Dictionary<string, string>(), workFolder, TimeSpan.FromMinutes(10),
            "scan", "--json", "--today", ChaosMail.Today, "--scope", scopeBook, input);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"scan failed ({result.ExitCode}): {result.Output[..Math.Min(2000, result.Output.Length)]}");
        }

        // Standard error (progress, warnings) is interleaved in the output: only JSON objects are results.
        return [.. result.Output.Split('\n').Where(l => l.StartsWith('{')).Select(Parse)];
    }

    private static Line Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new Line(
            root.GetProperty("source").GetString()!,
            root.TryGetProperty("message_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null,
            root.GetProperty("verdict").GetString()!,
            root.TryGetProperty("flagged", out var flagged) && flagged.ValueKind == JsonValueKind.True,
            root.TryGetProperty("error", out var error) ? error.GetString() : null);
    }
}
