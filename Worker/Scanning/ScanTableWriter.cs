using MailScope.Core.Judgement;

namespace MailScope.Worker.Scanning;

/// <summary>The short human-readable table: one line per message, its strongest ask beneath when flagged.</summary>
internal sealed class ScanTableWriter(TextWriter output) : IScanOutput
{
    private bool _headerWritten;

    public void Write(string source, string? messageId, MessageJudgement judgement)
    {
        Header();
        output.WriteLine($"{Fit(source, 32),-32}  {Fit(judgement.ClientId ?? "-", 16),-16}  {(judgement.Flagged ? "FLAG" : ""),-4}  {judgement.Verdict.ToWire()}");
        var strongest = judgement.Requests.Where(r => r.Verdict == judgement.Verdict).FirstOrDefault();
        if (judgement.Flagged && strongest is not null)
        {
            output.WriteLine($"{"",34}\"{Fit(strongest.Text, 90)}\"");
            output.WriteLine($"{"",34}{strongest.Reason}");
        }
    }

    public void WriteError(string source, string error)
    {
        Header();
        output.WriteLine($"{Fit(source, 32),-32}  {"-",-16}  {"",-4}  error: {error}");
    }

    public void Complete(ScanTotals totals)
    {
        output.WriteLine();
        output.WriteLine($"{totals.Messages} messages, {totals.Flagged} flagged, {totals.Errors} unreadable.");
        output.Flush();
    }

    private void Header()
    {
        if (_headerWritten)
        {
            return;
        }

        output.WriteLine($"{"SOURCE",-32}  {"CLIENT",-16}  {"",-4}  VERDICT");
        _headerWritten = true;
    }

    private static string Fit(string s, int width) =>
        s.Length <= width ? s : string.Concat("…", s.AsSpan(s.Length - width + 1));
}
