using System.Globalization;

namespace MailScope.Worker.Mailboxes;

/// <summary>
/// Dovecot's <c>dovecot-keywords</c> file: "N keyword" per line, keyword N written as the letter
/// 'a' + N in the file name's info. At most 26 keywords fit.
/// </summary>
internal sealed class MaildirKeywords(string maildir)
{
    private const string FileName = "dovecot-keywords";

    /// <summary>The letter of the keyword, added to the file when missing; null when all 26 are taken.</summary>
    public char? LetterFor(string keyword)
    {
        var file = Path.Combine(maildir, FileName);
        var entries = new SortedDictionary<int, string>();
        if (File.Exists(file))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && int.TryParse(line.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    entries[index] = line[(space + 1)..];
                }
            }
        }

        foreach (var (index, name) in entries)
        {
            if (name == keyword)
            {
                return (char)('a' + index);
            }
        }

        var free = Enumerable.Range(0, 26).FirstOrDefault(i => !entries.ContainsKey(i), -1);
        if (free < 0)
        {
            return null;
        }

        entries[free] = keyword;
        var temp = file + ".tmp";
        File.WriteAllLines(temp, entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key} {e.Value}")));
        File.Move(temp, file, overwrite: true);
        return (char)('a' + free);
    }
}
