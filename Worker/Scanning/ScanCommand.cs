using MailScope.Core.Agreements;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Time;
using MailScope.Worker.Agreements;
using System.CommandLine;
using System.Globalization;

namespace MailScope.Worker.Scanning;

/// <summary><c>scan --scope BOOK [--json] [--today YYYY-MM-DD] [--store] [--semantic] INPUT...</c> (docs/scan.md).</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var scope = new Option<string>("--scope") { Description = "The scope book (YAML).", Required = true };
        var json = new Option<bool>("--json") { Description = "One JSON object per message on standard output." };
        var today = new Option<string?>("--today") { Description = "The date engagement windows are judged on (YYYY-MM-DD); default: today." };
        var inputs = new Argument<string[]>("INPUT") { Description = ".eml files, folders, mbox files or Maildirs.", Arity = ArgumentArity.OneOrMore };
        var semantic = new Option<bool>("--semantic") { Description = "Also use the semantic signal (MiniLM, offline), as MailScope:Judgement:Semantic=MiniLm does for the worker and the add-in." };
        var store = new Option<bool>("--store") { Description = "Also count the ledger and accepted quotes of the configured store (the one `run` uses), read once." };
        var command = new Command("scan", "Judge exported mail against a scope book, offline and read-only.") { scope, json, today, store, semantic, inputs };
        command.SetAction(async (result, cancellationToken) =>
        {
            var todayText = result.GetValue(today);
            DateOnly date;
            if (todayText is null)
            {
                date = TimeProvider.System.Today();
            }
            else if (!DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                await Console.Error.WriteLineAsync($"error: --today: '{todayText}' is not a date as YYYY-MM-DD").ConfigureAwait(false);
                return ScanRunner.BadInput;
            }

            var agreements = AgreementSnapshot.Empty;
            if (result.GetValue(store))
            {
                var (session, exitCode) = await StoreSession.OpenAsync([], cancellationToken).ConfigureAwait(false);
                if (session is null)
                {
                    return exitCode;
                }

                using (session)
                {
                    try
                    {
                        agreements = await session.Agreements.LoadAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (System.Data.Common.DbException ex)
                    {
                        await Console.Error.WriteLineAsync($"error: the store ({session.Location}) failed: {ex.Message}").ConfigureAwait(false);
                        return 1;
                    }
                }
            }

            var request = new ScanRequest(result.GetValue(scope)!, result.GetValue(inputs) ?? [], result.GetValue(json), date) { Agreements = agreements, Semantic = result.GetValue(semantic) ? SemanticModel.MiniLm : SemanticModel.Off };
            using var stdout = Console.OpenStandardOutput();
            return ScanRunner.Run(request, Console.Out, stdout, Console.Error, cancellationToken);
        });
        return command;
    }
}
