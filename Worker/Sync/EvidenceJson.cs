using System.Buffers;
using System.Text;
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
        // Written field by field: the reflection serializer's first use costs a sync ~0.1 s of start-up.
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            w.WriteStartArray();
            foreach (var r in judgement.Requests)
            {
                w.WriteStartObject();
                w.WriteString("text", r.Text);
                w.WriteString("verdict", r.Verdict.ToWire());
                w.WriteString("reason", r.Reason);
                if (r.Match.Kind == MatchKind.Deliverable && r.Match.Id is { } item)
                {
                    // The deliverable an ask matched lets the dashboard mark an included one delivered.
                    w.WriteString("item", item);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
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
