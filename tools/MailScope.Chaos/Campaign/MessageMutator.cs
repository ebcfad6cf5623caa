using System.Text;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// Breaks a message the ways real mail is broken, deterministically from a seed and an index (the same seed
/// gives the same bytes): bit flips, truncation, broken MIME boundaries, header floods, stray bytes, bogus
/// charsets, malformed encoded words, absurd nesting, and combinations. The input keeps its Message-ID
/// header unless a mutation happens to hit it.
/// </summary>
public static class MessageMutator
{
    public static readonly string[] Kinds =
        ["bit flips", "truncation", "broken boundary", "header flood", "stray bytes", "bogus charset", "bad encoded words", "deep nesting", "combined"];

    public static (string Kind, byte[] Bytes) Mutate(byte[] original, int seed, int index)
    {
        // Not HashCode.Combine: it is seeded per process, and the same seed must give the same bytes in every run.
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var kind = index % Kinds.Length;
        var bytes = Apply(kind, original, random);
        return (Kinds[kind], bytes);
    }

    private static byte[] Apply(int kind, byte[] input, Random random) => kind switch
    {
        0 => BitFlips(input, random),
        1 => input[..random.Next(0, input.Length)],
        2 => BrokenBoundary(input, random),
        3 => HeaderFlood(input, random),
        4 => StrayBytes(input, random),
        5 => BogusCharset(input, random),
        6 => BadEncodedWords(input, random),
        7 => DeepNesting(input, random),
        _ => Apply(random.Next(0, 7), Apply(random.Next(0, 7), input, random), random),
    };

    private static byte[] BitFlips(byte[] input, Random random)
    {
        var output = (byte[])input.Clone();
        for (var i = random.Next(1, 40); i > 0 && output.Length > 0; i--)
        {
            output[random.Next(output.Length)] ^= (byte)(1 << random.Next(8));
        }

        return output;
    }

    private static byte[] BrokenBoundary(byte[] input, Random random)
    {
        var text = Encoding.Latin1.GetString(input);
        var at = text.IndexOf("boundary=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            // A single-part message made into a multipart whose boundary never comes.
            return Encoding.Latin1.GetBytes(InsertHeader(text, "Content-Type: multipart/mixed; boundary=\"never-there\"\r\nMIME-Version: 1.0"));
        }

        var value = text[(at + 9)..].TrimStart('"').Split('"', ';', '\r', '\n')[0];
        return Encoding.Latin1.GetBytes(random.Next(4) switch
        {
            0 => text.Replace("--" + value + "--", string.Empty, StringComparison.Ordinal), // no closing boundary
            1 => text.Replace("boundary=\"" + value + "\"", "boundary=\"\"", StringComparison.Ordinal).Replace("boundary=" + value, "boundary=", StringComparison.Ordinal), // empty boundary
            2 => text.Replace("--" + value, "--" + value[..Math.Max(0, value.Length / 2)], StringComparison.Ordinal), // parts cut with a prefix
            _ => text.Replace("boundary=", "boundary=" + new string('b', 5000), StringComparison.Ordinal), // a boundary no part uses
        });
    }

    private static byte[] HeaderFlood(byte[] input, Random random)
    {
        var text = Encoding.Latin1.GetString(input);
        var flood = new StringBuilder();
        if (random.Next(2) == 0)
        {
            for (var i = random.Next(2000, 20000); i > 0; i--)
            {
                flood.Append("X-Flood-").Append(i).Append(": ").Append('v', random.Next(1, 40)).Append("\r\n");
            }
        }
        else
        {
            // One header of hundreds of kilobytes, folded and unfolded.
            flood.Append("Subject: ");
            for (var i = random.Next(20000, 60000); i > 0; i--)
            {
                flood.Append(random.Next(8) == 0 ? "\r\n " : "word ");
            }

            flood.Append("\r\n");
        }

        return Encoding.Latin1.GetBytes(InsertHeader(text, flood.ToString().TrimEnd('\r', '\n')));
    }

    private static byte[] StrayBytes(byte[] input, Random random)
    {
        var output = new List<byte>(input);
        byte[] strays = [0x00, 0xFF, 0xFE, 0x0D, 0x0A, 0x1B, 0x80, 0xC3, 0xE2, 0x7F];
        for (var i = random.Next(1, 200); i > 0; i--)
        {
            output.Insert(random.Next(output.Count + 1), strays[random.Next(strays.Length)]);
        }

        return [.. output];
    }

    private static byte[] BogusCharset(byte[] input, Random random)
    {
        string[] charsets = ["x-bogus-42", "utf-7", "utf-32be", "\"", "iso-8859-99", "unicode-1-1-utf-7", "", "windows-9999", "ebcdic-cp-us", "utf-16"];
        var charset = charsets[random.Next(charsets.Length)];
        var text = Encoding.Latin1.GetString(input);
        return text.Contains("charset=", StringComparison.OrdinalIgnoreCase)
            ? Encoding.Latin1.GetBytes(System.Text.RegularExpressions.Regex.Replace(text, "charset=\"?[^\";\\s]*\"?", "charset=" + charset, System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            : Encoding.Latin1.GetBytes(InsertHeader(text, $"Content-Type: text/plain; charset={charset}"));
    }

    private static byte[] BadEncodedWords(byte[] input, Random random)
    {
        string[] words =
        [
            "=?utf-8?B?####?=", "=?x-unknown?Q?=FF=FE=00?=", "=?utf-8?q?unterminated", "=?utf-8?B?" + new string('A', 30001) + "?=",
            "=?iso-8859-1*en?Q?=E9t=E9?=", "=??Q?empty?=", "=?utf-8?X?bad-encoding?=", "=?utf-16?B?2D3cAA==?=", "=?utf-8?B?7aCA?=",
        ];
        var text = Encoding.Latin1.GetString(input);
        var header = random.Next(3) switch
        {
            0 => "Subject",
            1 => "From",
            _ => "Content-Disposition",
        };
        var value = string.Join(" ", Enumerable.Range(0, random.Next(1, 6)).Select(_ => words[random.Next(words.Length)]));
        var replaced = System.Text.RegularExpressions.Regex.Replace(text, $"^{header}:[^\r\n]*", $"{header}: {value}", System.Text.RegularExpressions.RegexOptions.Multiline);
        return Encoding.Latin1.GetBytes(replaced == text ? InsertHeader(text, $"{header}: {value}") : replaced);
    }

    private static byte[] DeepNesting(byte[] input, Random random)
    {
        var text = Encoding.Latin1.GetString(input);
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var crlf and >= 0 ? crlf : text.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = headerEnd >= 0 ? text[..headerEnd] : text;
        headers = System.Text.RegularExpressions.Regex.Replace(headers, "^Content-(Type|Transfer-Encoding):[^\r\n]*(\r?\n[ \t][^\r\n]*)*\r?\n?", string.Empty,
            System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.IgnoreCase).TrimEnd();
        var depth = random.Next(500, 5000);
        var body = new StringBuilder();
        if (random.Next(2) == 0)
        {
            // Multiparts inside multiparts, thousands deep.
            for (var i = 0; i < depth; i++)
            {
                body.Append("--b").Append(i).Append("\r\nContent-Type: multipart/mixed; boundary=\"b").Append(i + 1).Append("\"\r\n\r\n");
            }

            body.Append("--b").Append(depth).Append("\r\nContent-Type: text/plain\r\n\r\nCould you also add a LinkedIn review?\r\n");
            return Encoding.Latin1.GetBytes($"{headers}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n{body}");
        }

        // HTML nested thousands deep.
        body.Append("<html><body>");
        for (var i = 0; i < depth * 4; i++)
        {
            body.Append(random.Next(3) == 0 ? "<blockquote>" : "<div>");
        }

        body.Append("Could you also add a LinkedIn review?");
        return Encoding.Latin1.GetBytes($"{headers}\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}");
    }

    private static string InsertHeader(string text, string header)
    {
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        return firstLineEnd < 0 ? header + "\r\n" + text : text[..(firstLineEnd + 1)] + header + "\r\n" + text[(firstLineEnd + 1)..];
    }
}
