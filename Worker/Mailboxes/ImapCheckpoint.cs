using System.Text.Json;
using System.Text.Json.Nodes;

namespace MailScope.Worker.Mailboxes;

/// <summary>
/// Where an IMAP sync got to: the folder's UIDVALIDITY, the highest UID processed, and (where the server
/// has CONDSTORE) the folder's HIGHESTMODSEQ when it was last looked at.
/// </summary>
internal sealed record ImapCheckpoint(uint UidValidity, uint LastUid, ulong? HighestModSeq = null)
{
    public string Serialize()
    {
        var json = new JsonObject { ["uidValidity"] = UidValidity, ["lastUid"] = LastUid };
        if (HighestModSeq is { } modSeq)
        {
            json["highestModSeq"] = modSeq;
        }

        return json.ToJsonString();
    }

    public static ImapCheckpoint? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) is JsonObject json
                && json["uidValidity"]?.GetValue<uint>() is { } validity && json["lastUid"]?.GetValue<uint>() is { } last
                ? new ImapCheckpoint(validity, last, json["highestModSeq"]?.GetValue<ulong>())
                : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // A checkpoint from another mailbox kind or an older version: start over; records prevent repeats.
            return null;
        }
    }
}
