using System.Text.Json;

namespace MailScope.Worker.Mailboxes;

/// <summary>Where an IMAP sync got to: the folder's UIDVALIDITY and the highest UID processed.</summary>
internal sealed record ImapCheckpoint(uint UidValidity, uint LastUid)
{
    public string Serialize() => JsonSerializer.Serialize(new Dictionary<string, uint> { ["uidValidity"] = UidValidity, ["lastUid"] = LastUid });

    public static ImapCheckpoint? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, uint>>(text);
            return values is not null && values.TryGetValue("uidValidity", out var validity) && values.TryGetValue("lastUid", out var last)
                ? new ImapCheckpoint(validity, last) : null;
        }
        catch (JsonException)
        {
            // A checkpoint from another mailbox kind or an older version: start over; records prevent repeats.
            return null;
        }
    }
}
