using MailScope.Infrastructure.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using MailScope.Core.Judgement;

namespace MailScope.Worker.Scanning;

/// <summary>Writes one JSON object per message, one per line, in the shape of docs/scan.md.</summary>
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
            JudgementJson.WriteFields(w, messageId, judgement);
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

}
