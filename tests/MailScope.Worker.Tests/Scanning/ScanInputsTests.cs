using System.Text;
using System.Text.Json;

namespace MailScope.Worker.Tests.Scanning;

/// <summary>Every input kind of docs/scan.md, and bad input that must not stop a scan.</summary>
public class ScanInputsTests
{
    private static readonly string Book = RepoPaths.Of("samples", "scope-book.yaml");
    private static readonly string[] Samples = Directory.GetFiles(RepoPaths.Of("samples", "mailbox"), "*.eml").Order(StringComparer.Ordinal).ToArray();

    private static async Task<List<JsonElement>> ScanAsync(params string[] inputs)
    {
        var result = await WorkerProcess.RunAsync(["scan", "--scope", Book, "--json", "--today", "2026-11-27", .. inputs]);
        Assert.True(result.ExitCode == 0, result.StdErr);
        return result.Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static string Verdicts(IEnumerable<JsonElement> lines) =>
        string.Join(",", lines.Select(l => l.GetProperty("verdict").GetString()));

    [Fact]
    public async Task An_mbox_gives_the_same_verdicts_as_its_eml_files()
    {
        using var temp = new TempFolder();
        var mbox = temp.File("inbox.mbox");
        await using (var writer = new StreamWriter(mbox, false, new UTF8Encoding(false)))
        {
            foreach (var eml in Samples)
            {
                await writer.WriteAsync("From sender@example.com Mon Nov 23 09:14:00 2026\n");
                foreach (var line in (await File.ReadAllTextAsync(eml)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
                {
                    await writer.WriteAsync((line.StartsWith("From ", StringComparison.Ordinal) ? ">" + line : line) + "\n");
                }
            }
        }

        var fromMbox = await ScanAsync(mbox);
        var fromFiles = await ScanAsync(Samples);

        Assert.Equal(Samples.Length, fromMbox.Count);
        Assert.Equal(Verdicts(fromFiles), Verdicts(fromMbox));
        Assert.Equal($"{mbox}#3", fromMbox[2].GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_maildir_is_read_from_cur_and_new()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("cur"));
        Directory.CreateDirectory(temp.File("new"));
        Directory.CreateDirectory(temp.File("tmp"));
        File.Copy(Samples[0], temp.File("cur/1700000000.1.host:2,S"));
        File.Copy(Samples[1], temp.File("new/1700000001.2.host"));
        File.WriteAllText(temp.File("tmp/ignored"), "half-delivered");

        var lines = await ScanAsync(temp.Path);

        Assert.Equal("over_quota,outside_expertise", Verdicts(lines));
    }

    [Fact]
    public async Task Bad_messages_get_a_verdict_or_an_error_line_and_the_scan_goes_on()
    {
        using var temp = new TempFolder();
        var alex = "From: Alex Kim <alex.kim@example.com>\r\nTo: dana@reyescoaching.com\r\nSubject: x\r\n";
        var cases = new (string Name, byte[] Content)[]
        {
            ("a-missing-from.eml", RawMail.Ascii("To: dana@reyescoaching.com\r\nSubject: hi\r\n\r\nCould you design a logo?\r\n")),
            ("b-empty-body.eml", RawMail.Ascii(alex + "\r\n")),
            ("c-binary-body.eml", [.. RawMail.Ascii(alex + "Content-Type: application/octet-stream\r\n\r\n"), .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]),
            ("d-unknown-charset.eml", [.. RawMail.Ascii(alex + "Content-Type: text/plain; charset=x-klingon-9\r\nContent-Transfer-Encoding: 8bit\r\n\r\nCould you also design a logo for my shop? "), 0xE9, 0xFF, .. RawMail.Ascii("\r\n")]),
            ("e-html-scripts.eml", RawMail.Ascii(alex + "Content-Type: text/html\r\n\r\n<script>document.write('Could you design a logo?')</script><style>.x{}</style><p>Thanks for the call!</p>\r\n")),
            ("f-deep-multipart.eml", RawMail.Ascii(alex + DeepMultipart(200))),
            ("g-broken-mime.eml", RawMail.Ascii(alex + "Content-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nCould we book one more session?\r\n--zz\r\nContent-Type: text/plain; charset=\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n")),
            ("h-not-mail.eml", [0x00, 0x01, 0x02, 0xFF, 0xFE]),
            ("i-tnef.eml", RawMail.Tnef(alex, "Could you also design a logo for my side business?")),
            ("j-latin1.eml", [.. RawMail.Ascii(alex + "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCould you review my r=E9sum=E9 one more time?\r\n")]),
        };
        foreach (var (name, content) in cases)
        {
            await File.WriteAllBytesAsync(temp.File(name), content);
        }

        var lines = await ScanAsync(temp.Path);

        Assert.Equal(cases.Length, lines.Count);
        var byName = lines.ToDictionary(l => Path.GetFileName(l.GetProperty("source").GetString()!), l => l.GetProperty("verdict").GetString());
        Assert.Equal("not_a_client", byName["a-missing-from.eml"]);
        Assert.Equal("no_request", byName["b-empty-body.eml"]);
        Assert.Equal("outside_expertise", byName["d-unknown-charset.eml"]);
        Assert.Equal("no_request", byName["e-html-scripts.eml"]);
        Assert.Equal("over_quota", byName["g-broken-mime.eml"]);
        Assert.Equal("outside_expertise", byName["i-tnef.eml"]);
        Assert.Equal("over_quota", byName["j-latin1.eml"]);
        Assert.All(lines, l => Assert.True(l.GetProperty("verdict").GetString() != "error" || l.GetProperty("error").GetString()!.Length > 0));
    }

    [Fact]
    public async Task A_winmail_dat_is_decoded_when_it_is_the_first_message_of_the_process()
    {
        // TNEF's reader needs Windows-1252; it failed for good when no other charset had been decoded before it.
        using var temp = new TempFolder();
        await File.WriteAllBytesAsync(temp.File("tnef.eml"), RawMail.Tnef("From: Alex Kim <alex.kim@example.com>\r\nTo: dana@reyescoaching.com\r\nSubject: x\r\n", "Could you also design a logo for my side business?"));

        var lines = await ScanAsync(temp.Path);

        Assert.Equal("outside_expertise", Assert.Single(lines).GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_25_MB_message_is_judged()
    {
        using var temp = new TempFolder();
        var big = new StringBuilder("From: alex.kim@example.com\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nCould you also design a logo for my side business?\r\n--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        var line = new string('A', 76) + "\r\n";
        while (big.Length < 25 * 1024 * 1024)
        {
            big.Append(line);
        }

        big.Append("--b--\r\n");
        await File.WriteAllTextAsync(temp.File("big.eml"), big.ToString());

        var lines = await ScanAsync(temp.File("big.eml"));
        Assert.Equal("outside_expertise", Assert.Single(lines).GetProperty("verdict").GetString());
    }


    private static string DeepMultipart(int depth)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append($"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n");
        }

        sb.Append("Content-Type: text/plain\r\n\r\nHello from the bottom.\r\n");
        for (var i = depth - 1; i >= 0; i--)
        {
            sb.Append($"--b{i}--\r\n");
        }

        return sb.ToString();
    }
}
