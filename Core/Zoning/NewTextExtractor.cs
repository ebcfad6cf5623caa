using System.Text.RegularExpressions;

namespace MailScope.Core.Zoning;

/// <summary>
/// Finds the new text of a message: what the sender wrote this time, without quoted history, forwarded
/// messages, signatures, legal disclaimers or greetings. A P.S. after the signature is kept: asks hide there.
/// </summary>
internal static partial class NewTextExtractor
{
    /// <summary>Beyond this much text the rest is not read: asks are written at the top.</summary>
    public const int MaxTextChars = 256 * 1024;

    public static IReadOnlyList<string> Extract(string? text, string? html)
    {
        var body = !string.IsNullOrWhiteSpace(text) ? text! : html is null ? string.Empty : HtmlText.ToText(html);
        if (body.Length > MaxTextChars)
        {
            body = body[..MaxTextChars];
        }

        var lines = ReadUntilHistory(body);
        var kept = new List<string>(lines.Count);
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var first = line.AsSpan().TrimStart();

            // Inline replies interleave new text with quoted lines: drop the quote, keep going.
            kept.Add(first.Length > 0 && first[0] is '>' or '|' ? string.Empty : line);
        }

        var signatureAt = FindSignatureStart(kept);
        var result = new List<string>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var line = kept[i].Trim();
            if (i >= signatureAt)
            {
                // After the signature only a P.S. paragraph is new text.
                if (!PostScript().IsMatch(line))
                {
                    continue;
                }

                for (; i < kept.Count && kept[i].Trim().Length > 0; i++)
                {
                    result.Add(kept[i].Trim());
                }

                result.Add(string.Empty);
                continue;
            }

            if (line.Length is > 0 and <= 60 && char.ToUpperInvariant(line[0]) is 'H' or 'D' or 'G' or 'M' or 'A' && Greeting().IsMatch(line))
            {
                continue;
            }

            result.Add(line);
        }

        return result;
    }

    /// <summary>
    /// The lines before the quoted history, read lazily: a long thread below the new text is never split
    /// into lines. A header block is recognised with up to five lines of look-ahead.
    /// </summary>
    private static List<string> ReadUntilHistory(string body)
    {
        const int lookAhead = 5;
        var lines = new List<string>();
        var checkedUpTo = 0;
        foreach (var span in body.AsSpan().EnumerateLines())
        {
            lines.Add(span.Contains('\u00a0') ? span.ToString().Replace('\u00a0', ' ') : span.ToString());
            for (; checkedUpTo + lookAhead < lines.Count; checkedUpTo++)
            {
                if (StartsHistory(lines, checkedUpTo))
                {
                    return lines.GetRange(0, checkedUpTo);
                }
            }
        }

        for (; checkedUpTo < lines.Count; checkedUpTo++)
        {
            if (StartsHistory(lines, checkedUpTo))
            {
                return lines.GetRange(0, checkedUpTo);
            }
        }

        return lines;
    }

    private static bool StartsHistory(List<string> lines, int i)
    {
        var line = lines[i].Trim().TrimStart('*').Trim();
        if (line.Length < 4 || !char.IsLetter(line[0]) && line[0] is not ('-' or '_'))
        {
            return false;
        }

        // Cheap shape checks before each pattern: this runs on every line of every message.
        if (line[0] is '-' or '_' or 'B' or 'b' or 'F' or 'f' or 'D' or 'A' or 'I')
        {
            if (OriginalMessage().IsMatch(line) || Forwarded().IsMatch(line))
            {
                return true;
            }

            if (Underline().IsMatch(line))
            {
                return i + 1 < lines.Count && HeaderFrom().IsMatch(lines[i + 1].Trim().TrimStart('*')) && HasHeaderBlock(lines, i + 1);
            }
        }

        if (line[2] == ' ' && WroteStart().IsMatch(line))
        {
            // "On Tue, 3 Nov 2026 at 10:00, Dana <dana@…>" may wrap before "wrote:".
            var joined = line;
            for (var j = i; j < Math.Min(i + 3, lines.Count); j++)
            {
                if (j > i)
                {
                    joined += " " + lines[j].Trim();
                }

                if (WroteEnd().IsMatch(joined))
                {
                    return true;
                }
            }
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and <= 4 && HeaderFrom().IsMatch(line) && HasHeaderBlock(lines, i);
    }

    private static bool HasHeaderBlock(List<string> lines, int from)
    {
        var headers = 0;
        for (var j = from + 1; j < Math.Min(from + 6, lines.Count); j++)
        {
            if (HeaderOther().IsMatch(lines[j].Trim().TrimStart('*')))
            {
                headers++;
            }
        }

        return headers >= 1;
    }

    private static int FindSignatureStart(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (lines[i] is "-- " or "--" or "—" ||
                (char.ToUpperInvariant(line[0]) is 'S' or 'G' or 'E' or 'V' && SentFrom().IsMatch(line)) ||
                (char.ToUpperInvariant(line[0]) is 'C' or 'D' or 'I' or 'P' or 'T' or '*' && Disclaimer().IsMatch(line)))
            {
                return i;
            }

            // Sign-offs are short lines; most lines are not, and skip the pattern.
            if (line.Length <= 48 && char.IsLetter(line[0]) && SignOff().IsMatch(line) && IsClosingBlock(lines, i + 1))
            {
                return i;
            }
        }

        return lines.Count;
    }

    /// <summary>True when what follows a sign-off is only a short name/title/contact block (or a P.S.).</summary>
    private static bool IsClosingBlock(List<string> lines, int from)
    {
        var count = 0;
        for (var j = from; j < lines.Count; j++)
        {
            var line = lines[j].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (PostScript().IsMatch(line) || SentFrom().IsMatch(line) || Disclaimer().IsMatch(line) || line is "--")
            {
                return true;
            }

            if (++count > 6 || line.Length > 70 || line.EndsWith('?'))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^-{2,}\s*(Original|Forwarded)\s+(Message|mail|e-?mail)\s*-{2,}|^-{3,}\s*(Original|Ursprüngliche|Message d'origine)", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    // Mail programs in other languages: "-------- Message transféré --------", "Anfang der weitergeleiteten Nachricht:".
    [GeneratedRegex(@"^(Begin forwarded message:|-{3,}\s*Forwarded message\s*-{3,}|Forwarded message:?$|Fwd?: ?-{3,}|-{2,}\s*(Message\s+transf[ée]r[ée]|Weitergeleitete\s+Nachricht|Mensaje\s+reenviado|Messaggio\s+inoltrato|Doorgestuurd\s+bericht|Mensagem\s+encaminhada|Vidarebefordrat\s+meddelande|Videresendt\s+(besked|melding)|Mensaje\s+original|Messaggio\s+originale|Oorspronkelijk\s+bericht|Ursprüngliche\s+Nachricht)\s*-{2,}|(Début\s+du\s+message\s+réexpédié|Anfang\s+der\s+weitergeleiteten\s+Nachricht|Inicio\s+del\s+mensaje\s+reenviado|Inizio\s+messaggio\s+inoltrato|Begin\s+doorgestuurd\s+bericht)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex Forwarded();

    [GeneratedRegex(@"^(On|Le|Am|El|Il|Op|Em)\s.{4,}", RegexOptions.IgnoreCase)]
    private static partial Regex WroteStart();

    [GeneratedRegex(@"(wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WroteEnd();

    [GeneratedRegex(@"^(From|Von|De|Van|Da)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^(Sent|Date|To|Subject|Cc|Gesendet|Datum|An|Betreff|Envoyé|Objet|Sujet|Pour|À|Enviado|Asunto|Para|Assunto|Oggetto|Inviato|Onderwerp|Aan|Verzonden)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderOther();

    [GeneratedRegex(@"^_{8,}$|^-{8,}$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"^(Sent from (my|Mail|Outlook|Yahoo|Samsung|Gmail)\b|Get Outlook for|Sent via |Sent with |Envoyé de mon|Von meinem .* gesendet)", RegexOptions.IgnoreCase)]
    private static partial Regex SentFrom();

    [GeneratedRegex(@"^(\**\s*)?(CONFIDENTIAL(ITY)?\b|DISCLAIMER\b|IMPORTANT NOTICE|PRIVILEGED AND CONFIDENTIAL|This (e-?mail|message|communication|transmission)(,)?( and any (files|attachments)[^.]*)? (is|are|may|contains?)\b.*(confidential|intended|privileged))", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();

    // The sign-off word is matched case-blind; a name after it must be capitalised ("Best, Alex").
    [GeneratedRegex(@"^(?i:thanks|thank you|thanks so much|thanks again|thank you so much|many thanks|much appreciated|cheers|best|best wishes|best regards|kind regards|warm regards|warmest regards|warmly|regards|sincerely|yours truly|all the best|talk soon|speak soon|take care|with gratitude|gratefully|thx|rgds|respectfully|have a (good|great|nice) (day|one|weekend))\b[\s,.!\-–—]*(\p{Lu}[\p{L}.'\-]*( \p{Lu}[\p{L}.'\-]*){0,2})?[\s.!]*$")]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(P\.?\s?P\.?\s?S|P\.?\s?S)\b[.:,\s-]", RegexOptions.IgnoreCase)]
    private static partial Regex PostScript();

    [GeneratedRegex(@"^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|hiya|howdy|morning|afternoon)\b[^.!?]{0,40}[,!:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();
}
