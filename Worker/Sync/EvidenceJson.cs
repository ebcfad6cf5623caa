using System.Text.Encodings.Web;
using System.Text.Json;
using MailScope.Core.Judgement;

namespace MailScope.Worker.Sync;

/// <summary>The asks of a judgement as the dashboard shows them: text, verdict and reason each.</summary>
internal static class EvidenceJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(MessageJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        return JsonSerializer.Serialize(
            judgement.Requests.Select(r => new Dictionary<string, string> { ["text"] = r.Text, ["verdict"] = r.Verdict.ToWire(), ["reason"] = r.Reason }),
            Options);
    }
}
