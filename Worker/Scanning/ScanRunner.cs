using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Hosting;
using MailScope.Infrastructure.MailReading;

namespace MailScope.Worker.Scanning;

/// <summary>The offline scan (docs/scan.md): load the book, stream the inputs, judge, write each result.</summary>
internal static class ScanRunner
{
    public const int Ok = 0;
    public const int BadInput = 2;

    public static int Run(ScanRequest request, TextWriter stdout, Stream stdoutStream, TextWriter stderr, CancellationToken cancellationToken)
    {
        ScopeJudge judge;
        try
        {
            var warnings = new List<ScopeBookError>();
            judge = JudgeFactory.Create(ScopeBookLoader.LoadFile(request.ScopePath, warnings), request.Semantic);
            foreach (var w in warnings)
            {
                stderr.WriteLine($"warning: {w}");
            }
        }
        catch (ScopeBookException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return BadInput;
        }

        var problems = MailInputs.Problems(request.Inputs).ToList();
        if (problems.Count > 0 || request.Inputs.Count == 0)
        {
            stderr.WriteLine(problems.Count > 0 ? $"error: {string.Join("; ", problems)}" : "error: no INPUT given (a .eml file, a folder, an mbox or a Maildir)");
            return BadInput;
        }

        IScanOutput output = request.Json ? new ScanJsonWriter(stdoutStream) : new ScanTableWriter(stdout);
        var totals = new ScanTotals();
        var progress = request.Progress ?? ScanProgress.ForConsole();
        foreach (var item in MailInputs.Read(request.Inputs, cancellationToken))
        {
            if (item.Message is null)
            {
                output.WriteError(item.Source, item.Error ?? "cannot be read");
                totals.Count(flagged: false, error: true);
            }
            else
            {
                var judgement = judge.Judge(item.Message, request.Today, request.Agreements);
                output.Write(item.Source, item.Message.MessageId, judgement);
                totals.Count(judgement.Flagged, error: false);
            }

            progress.Report(totals);
        }

        progress.Done();
        output.Complete(totals);
        return Ok;
    }
}

/// <summary>What to scan, parsed from the command line.</summary>
internal sealed record ScanRequest(string ScopePath, IReadOnlyList<string> Inputs, bool Json, DateOnly Today)
{
    public ScanProgress? Progress { get; init; }

    /// <summary>The ledger and accepted quotes to judge with (<c>--store</c>); by default none: the book alone.</summary>
    public MailScope.Core.Agreements.AgreementSnapshot Agreements { get; init; } = MailScope.Core.Agreements.AgreementSnapshot.Empty;

    /// <summary>The semantic signal (<c>--semantic</c>): the same judge the worker builds for <c>MailScope:Judgement:Semantic</c>.</summary>
    public SemanticModel Semantic { get; init; } = SemanticModel.Off;
}
