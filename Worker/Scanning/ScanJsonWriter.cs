using System.Text.Encodings.Web;
using System.Text.Json;
using MailScope.Core.Judgement;
using MailScope.Core.Matching;

namespace MailScope.Worker.Scanning;

/// <summary>Writes one JSON object per message, one per line, in the shape of scan-cli.md.</summary>
internal sealed class ScanJsonWriter(Stream output) : IScanOutput
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public void Write(string source, string? messageId, MessageJudgement judgement)
    {
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteString("message_id", messageId);
            w.WriteString("client", judgement.ClientId);
            w.WriteString("verdict", judgement.Verdict.ToWire());
            w.WriteBoolean("flagged", judgement.Flagged);
            w.WriteStartArray("requests");
            foreach (var r in judgement.Requests)
            {
                w.WriteStartObject();
                w.WriteString("text", r.Text);
                w.WriteString("verdict", r.Verdict.ToWire());
                w.WriteStartObject("match");
                w.WriteString("kind", KindName(r.Match.Kind));
                w.WriteString("id", r.Match.Id);
                if (r.Match.MatchedOn is { } on)
                {
                    w.WriteString("matched_on", on);
                }

                w.WriteEndObject();
                w.WriteString("cue", r.Cue);
                w.WriteString("reason", r.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("reason", judgement.Reason);
            w.WriteEndObject();
        }

        output.Write(NewLine);
    }

    public void WriteError(string source, string error)
    {
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteNull("message_id");
            w.WriteNull("client");
            w.WriteString("verdict", "error");
            w.WriteBoolean("flagged", false);
            w.WriteStartArray("requests");
            w.WriteEndArray();
            w.WriteString("error", error);
            w.WriteEndObject();
        }

        output.Write(NewLine);
    }

    public void Complete(ScanTotals totals) => output.Flush();

    internal static string KindName(MatchKind kind) => kind switch
    {
        MatchKind.Deliverable => "deliverable",
        MatchKind.AddOn => "addon",
        MatchKind.Package => "package",
        MatchKind.Referral => "referral",
        _ => "none",
    };
}
