using System.Text;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// Breaks a JSON request body, deterministically from a seed and an index: bit flips, truncation, values of
/// the wrong type, absurd nesting, oversize strings, invalid UTF-8, numbers and dates out of range, bodies
/// that are not objects at all.
/// </summary>
public static class JsonMutator
{
    public static byte[] Mutate(string valid, int seed, int index)
    {
        // Not HashCode.Combine: it is seeded per process, and the same seed must give the same bytes in every run.
        var random = new Random(unchecked((seed * 1_000_033) + index));
        var bytes = Encoding.UTF8.GetBytes(valid);
        switch (index % 12)
        {
            case 0:
                for (var i = random.Next(1, 12); i > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 1:
                return bytes[..random.Next(bytes.Length)];
            case 2:
                {
                    // A string value replaced by another type.
                    string[] others = ["123", "-1e400", "[]", "{}", "null", "true", "[\"a\",1,{}]", "\"\"", "1.5", "9223372036854775808"];
                    var quotes = Enumerable.Range(0, valid.Length).Where(i => valid[i] == ':').ToList();
                    var at = quotes.Count == 0 ? 0 : quotes[random.Next(quotes.Count)] + 1;
                    var end = valid.IndexOfAny([',', '}'], at);
                    return Encoding.UTF8.GetBytes(end < 0 ? valid : valid[..at] + others[random.Next(others.Length)] + valid[end..]);
                }

            case 3:
                {
                    var depth = random.Next(1000, 200000);
                    return Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', random.Next(2) == 0 ? depth : 0));
                }

            case 4:
                // A field of many megabytes: over the host's request limit.
                return Encoding.UTF8.GetBytes(valid.Replace("\"body\":\"", "\"body\":\"" + new string('x', random.Next(2, 12) * 1024 * 1024), StringComparison.Ordinal)
                    .Replace("\"base64\":\"", "\"base64\":\"" + new string('A', random.Next(2, 12) * 1024 * 1024), StringComparison.Ordinal));
            case 5:
                {
                    var output = new List<byte>(bytes);
                    byte[] invalid = [0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80, 0xF8, 0x00];
                    for (var i = random.Next(1, 20); i > 0; i--)
                    {
                        output.Insert(random.Next(output.Count), invalid[random.Next(invalid.Length)]);
                    }

                    return [.. output];
                }

            case 6:
                {
                    string[] whole = ["", "null", "[]", "\"text\"", "42", "{", "}", "{}", "{\"\":{}}", "\uFEFF{}", "{\"a\":1,\"a\":2}"];
                    return Encoding.UTF8.GetBytes(whole[random.Next(whole.Length)]);
                }

            case 7:
                return Encoding.UTF8.GetBytes(valid
                    .Replace("2026-11-20T09:14:00Z", random.Next(2) == 0 ? "yesterday" : "9999-99-99T99:99:99Z", StringComparison.Ordinal)
                    .Replace("\"offer\":\"change-order\"", "\"offer\":\"" + new string('z', random.Next(1, 500)) + "\"", StringComparison.Ordinal));
            case 8:
                // Every field null.
                return Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(valid, "\"(\\w+)\":(\"[^\"]*\"|\\[[^\\]]*\\]|[-\\d.]+|true|false)", "\"$1\":null"));
            case 9:
                // A huge array where a short one is expected.
                return Encoding.UTF8.GetBytes(valid.Replace("\"to\":[", "\"to\":[" + string.Concat(Enumerable.Repeat("\"a@b.c\",", random.Next(1000, 100000))), StringComparison.Ordinal)
                    .Replace("\"value\":[", "\"value\":[" + string.Concat(Enumerable.Repeat("{\"clientState\":\"chaos-state\",\"resource\":\"x\"},", random.Next(100, 20000))), StringComparison.Ordinal));
            case 10:
                // Control characters and lone surrogates as JSON escapes.
                return Encoding.UTF8.GetBytes(valid.Replace("Hi Dana", "Hi \\uD800\\u0000\\u001b\\uDFFF Dana", StringComparison.Ordinal).Replace("\"name\":\"", "\"name\":\"\\u0000../", StringComparison.Ordinal));
            default:
                return Encoding.UTF8.GetBytes(valid.Insert(random.Next(1, valid.Length), ",\"extra\":" + new string('{', 64) + new string('}', 64)));
        }
    }
}
