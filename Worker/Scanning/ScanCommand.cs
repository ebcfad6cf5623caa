using MailScope.Infrastructure.Time;
using System.CommandLine;
using System.Globalization;

namespace MailScope.Worker.Scanning;

/// <summary><c>scan --scope BOOK [--json] [--today YYYY-MM-DD] INPUT...</c> (docs/scan.md).</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var scope = new Option<string>("--scope") { Description = "The scope book (YAML).", Required = true };
        var json = new Option<bool>("--json") { Description = "One JSON object per message on standard output." };
        var today = new Option<string?>("--today") { Description = "The date engagement windows are judged on (YYYY-MM-DD); default: today." };
        var inputs = new Argument<string[]>("INPUT") { Description = ".eml files, folders, mbox files or Maildirs.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("scan", "Judge exported mail against a scope book, offline and read-only.") { scope, json, today, inputs };
        command.SetAction((result, cancellationToken) =>
        {
            var todayText = result.GetValue(today);
            DateOnly date;
            if (todayText is null)
            {
                date = TimeProvider.System.Today();
            }
            else if (!DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                Console.Error.WriteLine($"error: --today: '{todayText}' is not a date as YYYY-MM-DD");
                return Task.FromResult(ScanRunner.BadInput);
            }

            var request = new ScanRequest(result.GetValue(scope)!, result.GetValue(inputs) ?? [], result.GetValue(json), date);
            using var stdout = Console.OpenStandardOutput();
            return Task.FromResult(ScanRunner.Run(request, Console.Out, stdout, Console.Error, cancellationToken));
        });
        return command;
    }
}
