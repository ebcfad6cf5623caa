using System.CommandLine;
using MailScope.Worker.Agreements;
using MailScope.Worker.Drafting;
using MailScope.Worker.Hosting;
using MailScope.Worker.Quotes;
using MailScope.Worker.Scanning;

var root = new RootCommand("MailScope: finds the scope creep in client mail.")
{
    ScanCommand.Create(),
    DraftCommand.Create(),
    RunCommand.Create(),
    SyncCommand.Create(),
    AgreementCommand.Create(),
    LedgerCommand.Create(),
    QuotesCommand.Create(),
    MailScope.Worker.Reporting.ReportCommand.Create(),
};

// With no command, the worker runs (docs/worker.md).
if (args.Length == 0 || args[0].StartsWith("--MailScope", StringComparison.OrdinalIgnoreCase))
{
    args = ["run", .. args];
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run with --help for usage.");
    return 2;
}

return await parsed.InvokeAsync().ConfigureAwait(false);
