using System.Text;
using MailKit;
using MailScope.Chaos.Campaign;
using MailScope.Tooling.Servers;
using MailScope.Worker.Tests.Servers;
using Microsoft.Data.Sqlite;

namespace MailScope.Worker.Tests.Chaos;

/// <summary>
/// Found by the IMAP fuzz at 2,000 (tools/MailScope.Chaos/README.md): Dovecot serves each NUL byte of a stored
/// message as 0x80 (an IMAP literal cannot carry NUL), so what the worker reads is not the file in the Maildir.
/// The fuzz check predicted the worker's keys from the files and was off by one; these hold the worker and the
/// check's prediction (<see cref="ServedKeys"/>) to what is served.
/// </summary>
[Collection(DovecotServers.Name)]
public sealed class ServedBytesTests(DovecotFixture server)
{
    [Fact]
    public async Task A_message_with_NUL_bytes_is_recorded_once_under_the_key_of_what_Dovecot_serves()
    {
        var user = server.NewUser();
        await server.AppendAsync(user, []); // signs in once, so Dovecot creates the Maildir
        var file = Encoding.Latin1.GetBytes(
            "From: Priya Nair <priya.nair@example.org>\r\nTo: Dana Reyes <dana@reyes-coaching.com>\r\nSubject: nul\0bytes\r\n" +
            "Message-ID: <nul\0id@chaos.example>\r\nDate: Mon, 09 Nov 2026 16:14:00 +0000\r\n\r\nCould you also\0 review my LinkedIn?\r\n");
        var inbox = Path.Combine(server.MaildirOf(user), "new");
        Directory.CreateDirectory(inbox);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "1764000000.M1P1.nul"), file);
        await DovecotServer.RunToolAsync("chown", "-R", "nobody:nogroup", server.MaildirOf(user));

        // What Dovecot serves: the file with each NUL as 0x80 (and nothing else changed, its lines being CRLF already).
        using (var client = await server.ConnectAsync(user))
        {
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
            using var stream = await client.Inbox.GetStreamAsync(0, string.Empty);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(file.Select(b => b == 0 ? (byte)0x80 : b).ToArray(), copy.ToArray());
        }

        // MimeKit reads the Message-ID with 0x80 in it as none, so the worker keys the message by its content,
        // and that content (the subject, the body) is not the file's: a prediction from the file is wrong.
        var served = Assert.Single(await ServedKeys.ReadAsync(server, user)).Value;
        Assert.StartsWith("sha256:", served, StringComparison.Ordinal);
        Assert.NotEqual(ServedKeys.KeyOf(file), served);

        using var workspace = new ChaosWorkspace(ChaosMail.Load());
        workspace.AddMailbox(server.MailboxEnvironment(user, 0), 0, 20);
        var sync = await workspace.SyncAsync();
        Assert.True(sync.ExitCode == 0, sync.Output);
        Assert.Equal([served], await KeysAsync(Path.Combine(workspace.DataFolder, "mailscope.db"), user));
    }

    private static async Task<List<string>> KeysAsync(string database, string mailbox)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT message_key FROM mailscope_message WHERE mailbox = $mailbox";
        command.Parameters.AddWithValue("$mailbox", mailbox);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
