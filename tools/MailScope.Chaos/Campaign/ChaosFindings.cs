using System.Diagnostics;

namespace MailScope.Chaos.Campaign;

/// <summary>One row of a campaign's table: what was done, what was checked, and every violation found.</summary>
public sealed class ChaosFindings(string scenario, string source)
{
    private readonly List<string> _violations = [];

    public string Scenario { get; } = scenario;

    public string Source { get; } = source;

    public int Messages { get; set; }

    /// <summary>Interruptions that landed (a kill while the worker ran, a server stopped mid-sync, a fault served).</summary>
    public int Faults { get; set; }

    public int ExpectedFlagged { get; set; }

    public int Flagged { get; set; }

    public int Drafts { get; set; }

    public int QuoteNumbers { get; set; }

    public string Note { get; set; } = string.Empty;

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyList<string> Violations => _violations;

    public bool Passed => _violations.Count == 0;

    public void Violation(string text) => _violations.Add(text);

    /// <summary>Holds a mailbox to the expectation: flagged exactly as scan flags, one draft each, no quote number twice.</summary>
    public void Check(string mailbox, IReadOnlyDictionary<string, bool> expected, MailboxState state, ISet<string>? quotesSeen = null)
    {
        var wanted = expected.Where(e => e.Value).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        Messages += expected.Count;
        ExpectedFlagged += wanted.Count;
        Flagged += state.Flagged.Count(wanted.Contains);
        Drafts += state.Drafts.Count;
        var lost = expected.Keys.Where(k => !state.Messages.Contains(k)).ToList();
        Report(mailbox, "messages missing from the mailbox", lost);
        Report(mailbox, "flagged by scan but not flagged", wanted.Where(w => !state.Flagged.Contains(w)));
        Report(mailbox, "flagged but not by scan", state.Flagged.Where(f => !wanted.Contains(f)));
        var answers = state.Drafts.GroupBy(d => d.InReplyTo, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Report(mailbox, "flagged without a draft", wanted.Where(w => !answers.ContainsKey(w)));
        Report(mailbox, "more than one draft", answers.Where(a => a.Value > 1).Select(a => $"{a.Key} ×{a.Value}"));
        Report(mailbox, "a draft for a message not flagged", answers.Keys.Where(a => !wanted.Contains(a)));
        quotesSeen ??= new HashSet<string>(StringComparer.Ordinal);
        var numbers = state.Drafts.SelectMany(d => d.TextQuotes).ToList();
        QuoteNumbers += numbers.Count;
        Report(mailbox, "quote number burned twice", numbers.Where(n => !quotesSeen.Add(n)));
        Report(mailbox, "drafts naming a quote without its PDF", state.Drafts.Where(d => d.TextQuotes.Count > 0 && d.Pdf is null).Select(d => d.InReplyTo));
        // The PDF carries the number its text names (checked on a sample: pdftotext is a process per draft).
        foreach (var draft in state.Drafts.Where(d => d.Pdf is not null && d.TextQuotes.Count == 1).Take(40))
        {
            var text = PdfText(draft.Pdf!);
            if (text is not null && !text.Contains(draft.TextQuotes[0], StringComparison.Ordinal))
            {
                Violation($"{mailbox}: the quote PDF of the reply to {draft.InReplyTo} does not carry {draft.TextQuotes[0]}");
            }
        }
    }

    private void Report(string mailbox, string what, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            Violation($"{mailbox}: {list.Count} {what} (e.g. {string.Join(", ", list.Take(3))})");
        }
    }

    private static string? PdfText(byte[] pdf)
    {
        if (!File.Exists("/usr/bin/pdftotext"))
        {
            return null;
        }

        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", [file, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
