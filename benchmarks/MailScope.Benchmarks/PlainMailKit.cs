using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace MailScope.Benchmarks;

/// <summary>
/// The baselines of the first-sync ratio, run as their own processes: a plain MailKit program that fetches
/// and parses every message of a mailbox (one GetStreams per 200, as a careful user of MailKit writes it),
/// and MimeKit parsing the same messages from files (what <c>scan</c> costs beyond judging).
/// </summary>
internal static class PlainMailKit
{
    /// <summary><c>plain-fetch PORT USER PASSWORD</c>: prints how many messages it parsed.</summary>
    public static async Task<int> FetchAsync(TextWriter output, string port, string user, string password)
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), SecureSocketOptions.None);
        await client.AuthenticateAsync(user, password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var uids = await client.Inbox.SearchAsync(MailKit.Search.SearchQuery.All);
        var parsed = 0;
        foreach (var chunk in uids.Chunk(200))
        {
            await ((ImapFolder)client.Inbox).GetStreamsAsync(chunk, async (_, _, _, stream, ct) =>
            {
                _ = await MimeMessage.LoadAsync(stream, ct);
                parsed++;
            });
        }

        await client.DisconnectAsync(true);
        output.WriteLine(parsed);
        return parsed == uids.Count ? 0 : 1;
    }

    /// <summary><c>plain-parse FOLDER</c>: MimeKit parsing every file of a folder; prints how many.</summary>
    public static int Parse(TextWriter output, string folder)
    {
        var parsed = 0;
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            using var stream = File.OpenRead(file);
            _ = MimeMessage.Load(stream);
            parsed++;
        }

        output.WriteLine(parsed);
        return 0;
    }
}
