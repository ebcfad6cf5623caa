using System.Text.Json;
using MailScope.Core.Judgement;
using MailScope.Core.Matching;

namespace MailScope.Infrastructure.Json;

/// <summary>
/// The judgement's fields as docs/scan.md writes them (message_id, client, verdict, flagged, requests,
/// reason); shared by <c>scan --json</c> and the add-in host's analyze answer.
/// </summary>
public static class JudgementJson
{
    public static void WriteFields(Utf8JsonWriter w, string? messageId, MessageJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(judgement);
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
            // Added fields (docs/scan.md allows more): how far the verdict can be trusted, and whether it
            // is creep below the flag line, shown as possible creep without flagging the message.
            w.WriteNumber("confidence", r.Confidence);
            w.WriteBoolean("uncertain", r.Uncertain);
            if (r.Adjudicated)
            {
                w.WriteBoolean("adjudicated", true);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("reason", judgement.Reason);
    }

    public static string KindName(MatchKind kind) => kind switch
    {
        MatchKind.Deliverable => "deliverable",
        MatchKind.AddOn => "addon",
        MatchKind.Package => "package",
        MatchKind.Referral => "referral",
        _ => "none",
    };
}
