using System.Text.Encodings.Web;
using System.Text.Json;
using MailScope.Core.Judgement;
using MailScope.Core.Matching;

namespace MailScope.Worker.Sync;

/// <summary>The asks of a judgement as the dashboard shows them: text, verdict and reason each, and the deliverable matched.</summary>
internal static class EvidenceJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(MessageJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        return JsonSerializer.Serialize(
            judgement.Requests.Select(r => r.Match.Kind == MatchKind.Deliverable && r.Match.Id is { } item
                // The deliverable an ask matched lets the dashboard mark an included one delivered.
                ? new Dictionary<string, string> { ["text"] = r.Text, ["verdict"] = r.Verdict.ToWire(), ["reason"] = r.Reason, ["item"] = item }
                : new Dictionary<string, string> { ["text"] = r.Text, ["verdict"] = r.Verdict.ToWire(), ["reason"] = r.Reason }),
            Options);
    }

    /// <summary>The asks read back from <see cref="Of"/>'s JSON: text and verdict each; empty when there is none.</summary>
    public static IReadOnlyList<(string Text, Verdict Verdict)> Asks(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        var asks = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(json, Options) ?? [];
        return [.. asks.Where(a => a.ContainsKey("text") && VerdictNames.FromWire(a.GetValueOrDefault("verdict")) is not null)
            .Select(a => (a["text"], VerdictNames.FromWire(a["verdict"])!.Value))];
    }
}
