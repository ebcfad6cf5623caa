using MailScope.Core.Judgement;

namespace MailScope.Worker.Scanning;

/// <summary>Where scan results go: JSON lines or the human-readable table.</summary>
internal interface IScanOutput
{
    void Write(string source, string? messageId, MessageJudgement judgement);

    void WriteError(string source, string error);

    void Complete(ScanTotals totals);
}
