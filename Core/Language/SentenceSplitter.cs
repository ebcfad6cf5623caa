using System.Text;
using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>
/// Splits zoned message text into sentences: paragraphs by blank lines, list items and short heading-like
/// lines on their own, hard-wrapped lines joined, then sentences at end punctuation (not after
/// abbreviations such as "e.g." or "Dr.").
/// </summary>
internal static partial class SentenceSplitter
{
    /// <summary>A sentence, and for a list item the line that introduced the list ("Our feedback:").</summary>
    public readonly record struct Sentence(string Text, string? Lead);

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "approx", "no", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "a.m", "p.m", "u.s", "inc", "ltd", "co", "jr", "sr", "min", "hr", "hrs", "approx", "fig", "p.s", "ps", "p.p.s",
        "ref", "refs", "tel", "ext", "dept", "inv", "nr", "est", "vol", "pp", "cf", "incl", "excl", "attn",
    };

    public static List<Sentence> Split(IReadOnlyList<string> lines)
    {
        var sentences = new List<Sentence>();
        var paragraph = new StringBuilder();
        string? lead = null;
        var inList = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush(paragraph, sentences, inList ? lead : null);
                continue;
            }

            var bullet = ListItem().Match(line);
            if (bullet.Success)
            {
                Flush(paragraph, sentences, inList ? lead : null);
                if (!inList)
                {
                    // The sentence just before the first item introduces the list.
                    lead = sentences.Count > 0 && sentences[^1].Text.EndsWith(':') ? sentences[^1].Text : null;
                    inList = true;
                }

                paragraph.Append(line[bullet.Length..]);
                continue;
            }

            if (inList && paragraph.Length == 0)
            {
                inList = false;
                lead = null;
            }

            // A line that ended a thought (punctuation, or a colon introducing a list) closes a block
            // only if the next one starts a new sentence; otherwise it is a hard wrap.
            if (paragraph.Length > 0)
            {
                var last = paragraph[^1];
                if (last == ':' || (last is not ('.' or '!' or '?' or ',') && (StandsAlone(paragraph) || EndsWithSmiley(paragraph)) && char.IsUpper(line[0])))
                {
                    Flush(paragraph, sentences, inList ? lead : null);
                }
                else
                {
                    paragraph.Append(' ');
                }
            }

            paragraph.Append(line);
        }

        Flush(paragraph, sentences, inList ? lead : null);
        return sentences;
    }

    // A short unpunctuated line ("Quick question") reads as a heading, not the start of a wrapped sentence.
    private static bool StandsAlone(StringBuilder paragraph) => paragraph.Length < 40;

    private static void Flush(StringBuilder paragraph, List<Sentence> sentences, string? lead)
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        var text = paragraph.ToString();
        paragraph.Clear();
        var start = 0;
        // "…in the tread. its dropping 10 psi overnight. can someone come and plug it?": a writer who never starts a sentence
        // with a capital ends sentences all the same. Looked at once per paragraph, when a full stop is followed by a small letter.
        bool? lowercaseWriter = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ')' or '(' && IsSmiley(text, i))
            {
                // "loves dancing :) You know someone…": a smiley ends a sentence when a capital follows.
                var after = i + 1;
                while (after < text.Length && text[after] is ')' or '(')
                {
                    after++;
                }

                if (after + 1 < text.Length && char.IsWhiteSpace(text[after]) && char.IsUpper(text[after + 1]))
                {
                    Add(text[start..after], sentences, lead);
                    start = after + 1;
                    i = after;
                }

                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            if (c == '?' && IsDoubtInBrackets(text, i))
            {
                // "and the small box (distribution?) near the fence": a word the writer is unsure of, no question.
                continue;
            }

            // Swallow runs like "?!" or "..." and closing quotes/brackets.
            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' or '"' or '\'' or ')' or '”' or '’'))
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                i = end - 1;
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }

            // A sentence starts with a capital, a digit, a quote or a bracket; "e.g. the" keeps going.
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            // "…all the work on the 11. January": a day written the German way, not the end of a sentence.
            if (c == '.' && DayBefore(text, i) && MonthAfter().IsMatch(text.AsSpan(next)))
            {
                continue;
            }

            if (next < text.Length && c == '.' && char.IsLower(text[next]) && !(EndsAWord(text, i, end) && (lowercaseWriter ??= !CapitalAfterStop().IsMatch(text))))
            {
                continue;
            }

            Add(text[start..end], sentences, lead);
            start = next;
            i = next - 1;
        }

        if (start < text.Length)
        {
            Add(text[start..], sentences, lead);
        }
    }

    // One or two digits standing alone before the stop: "11.", not "2026." or "v1.".
    private static bool DayBefore(string text, int dot) =>
        dot >= 1 && char.IsDigit(text[dot - 1]) &&
        (dot == 1 || char.IsWhiteSpace(text[dot - 2]) || (char.IsDigit(text[dot - 2]) && (dot == 2 || char.IsWhiteSpace(text[dot - 3]))));

    // Whole month names or their short forms: "12. Maybe next time" and "4. Decided" still end a sentence.
    [GeneratedRegex(@"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAfter();

    // One full stop after a whole word: not "...", not an initial.
    private static bool EndsAWord(string text, int dot, int end) =>
        end == dot + 1 && dot >= 2 && char.IsLetter(text[dot - 1]) && char.IsLetter(text[dot - 2]);

    [GeneratedRegex(@"[.!?]\s+\p{Lu}")]
    private static partial Regex CapitalAfterStop();

    private static bool IsDoubtInBrackets(string text, int mark)
    {
        if (mark + 1 >= text.Length || text[mark + 1] != ')')
        {
            return false;
        }

        var open = text.LastIndexOf('(', mark);
        return open >= 0 && mark - open <= 30 && text.AsSpan(open, mark - open).Count(' ') <= 2;
    }

    private static bool EndsWithSmiley(StringBuilder paragraph) =>
        paragraph[^1] is ')' or '(' && IsSmiley(paragraph.ToString(Math.Max(0, paragraph.Length - 4), Math.Min(4, paragraph.Length)), Math.Min(4, paragraph.Length) - 1);

    // ":)", ";-)", ":(": a colon or semicolon, perhaps a nose, then the mouth.
    private static bool IsSmiley(string text, int mouth)
    {
        var eyes = mouth - 1;
        if (eyes >= 0 && text[eyes] == '-')
        {
            eyes--;
        }

        return eyes >= 0 && text[eyes] is ':' or ';' && (eyes == 0 || char.IsWhiteSpace(text[eyes - 1]));
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }

        var word = text[begin..dot];
        return word.Length > 0 && (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])));
    }

    private static void Add(string sentence, List<Sentence> sentences, string? lead)
    {
        var s = sentence.Trim();
        var greeting = s.Length > 0 && char.ToUpperInvariant(s[0]) is 'H' or 'D' or 'G' or 'Y' ? LeadingGreeting().Match(s) : Match.Empty;
        if (greeting.Success && greeting.Length < s.Length)
        {
            s = s[greeting.Length..];
        }

        if (s.Length > 0 && s.Any(char.IsLetter))
        {
            sentences.Add(new Sentence(s, lead));
        }
    }

    // "Hi Dana, could you…" on one line: the greeting is not part of the ask.
    [GeneratedRegex(@"^(?:hi|hello|hey|dear|yo|good\s+(?:morning|afternoon|evening)|hiya|greetings)(?:\s+\p{L}+){0,2}\s*[,!:–-]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingGreeting();

    [GeneratedRegex(@"^(\s*([-*•·◦‣–]|\d{1,2}[.)]|[a-z][.)])\s+)")]
    private static partial Regex ListItem();
}
