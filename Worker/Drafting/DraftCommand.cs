using MailScope.Infrastructure.Time;
using System.CommandLine;
using System.Globalization;
using MailScope.Core.Judgement;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;
using MailScope.Templates.Drafting;
using MailScope.Infrastructure.Storage;
using MailScope.Templates.Rendering;
using MailScope.Infrastructure.MailReading;
using MimeKit;

namespace MailScope.Worker.Drafting;

/// <summary><c>draft --scope BOOK [--offer KIND] [--today YYYY-MM-DD] --out REPLY.eml MESSAGE.eml</c> (docs/worker.md).</summary>
internal static class DraftCommand
{
    public static Command Create()
    {
        var scope = new Option<string>("--scope") { Description = "The scope book (YAML).", Required = true };
        var offer = new Option<string?>("--offer") { Description = $"The offer: {string.Join(", ", OfferKinds.All)}; default: the best for the message." };
        var today = new Option<string?>("--today") { Description = "The date offers and quotes are made on (YYYY-MM-DD); default: today." };
        var hours = new Option<decimal?>("--hours") { Description = "Hours for a change order priced by the hour (default: estimated per ask)." };
        var signature = new Option<string?>("--signature") { Description = "A signature line under the reply." };
        var templates = new Option<string?>("--templates") { Description = "A folder whose templates override the shipped ones by file name (also MailScope__Templates)." };
        var state = new Option<string>("--state") { Description = "The folder of the store where quotes and their numbers are kept (mailscope.db; the PostgreSQL store when MailScope__Storage__Provider is PostgreSql).", DefaultValueFactory = _ => "data" };
        var output = new Option<string>("--out") { Description = "Where to write the reply (.eml).", Required = true };
        var message = new Argument<string>("MESSAGE") { Description = "The client's message (.eml)." };
        var command = new Command("draft", "Write the reply MailScope would draft for one flagged message.")
        {
            scope, offer, today, hours, signature, templates, state, output, message,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var kindText = result.GetValue(offer);
            var kind = OfferKinds.Parse(kindText);
            if (kindText is not null && kind is null)
            {
                return Fail($"--offer: '{kindText}' is not one of {string.Join(", ", OfferKinds.All)}");
            }

            if (!TryDate(result.GetValue(today), out var date))
            {
                return Fail("--today: expected a date as YYYY-MM-DD");
            }

            return await RunAsync(new DraftRequest(
                result.GetValue(scope)!, result.GetValue(message)!, result.GetValue(output)!, kind, date, result.GetValue(hours),
                result.GetValue(signature), result.GetValue(templates) ?? Environment.GetEnvironmentVariable("MailScope__Templates"), result.GetValue(state)!),
                cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(DraftRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var book = ScopeBookLoader.LoadFile(request.ScopePath);
            var set = TemplateSet.Load(request.TemplatesFolder);
            MimeMessage original;
            try
            {
                original = await MimeMessage.LoadAsync(MimeMessageReader.Options, request.MessagePath, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
            {
                return Fail($"{request.MessagePath}: cannot be read as a message: {ex.Message}");
            }

            var inbound = MimeMessageReader.ToInbound(original);
            var judgement = new ScopeJudge(book).Judge(inbound, request.Today);
            var store = DraftStore.Open(request.StateFolder);
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            var drafter = new ReplyDrafter(book, set, new StoreQuoteNumbers(store), new SqlQuoteBook(store));
            var draft = await drafter.DraftAsync(inbound, judgement, request.Today, request.Offer, request.Hours, request.Signature, cancellationToken).ConfigureAwait(false);
            var reply = ReplyMessage.Build(original, draft, book.Provider.Name, book.Provider.Email, TimeProvider.System.GetLocalNow());
            if (draft.Goodwill is { } goodwill)
            {
                // Given away by this reply: recorded in the ledger with its value, as the CLI's.
                await new SqlLedger(store).AddAsync(goodwill with { Source = Core.Agreements.LedgerSource.Cli, MessageKey = original.MessageId }, cancellationToken).ConfigureAwait(false);
            }

            // Written beside the target and renamed: the reply file is whole or absent.
            var temp = request.OutputPath + ".tmp";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(request.OutputPath))!);
                await reply.WriteToAsync(temp, cancellationToken).ConfigureAwait(false);
                File.Move(temp, request.OutputPath, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }

                return Fail($"{request.OutputPath}: cannot be written: {ex.Message}");
            }
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{request.OutputPath}: {draft.Offer.Kind.ToWire()} offer{(draft.Quote is { } q ? $", quote {q.FileName}" : string.Empty)} ({judgement.Verdict.ToWire()})")).ConfigureAwait(false);
            return 0;
        }
        catch (ScopeBookException ex)
        {
            return Fail(ex.Message);
        }
        catch (OfferException ex)
        {
            return Fail($"{request.MessagePath}: {ex.Message}");
        }
        catch (TemplateException ex)
        {
            return Fail($"template error: {ex.Message}");
        }
        catch (System.Data.Common.DbException ex)
        {
            await Console.Error.WriteLineAsync($"error: the store in {request.StateFolder} cannot be used: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    private static bool TryDate(string? text, out DateOnly date)
    {
        if (text is null)
        {
            date = TimeProvider.System.Today();
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 2;
    }
}

/// <summary>What to draft, parsed from the command line.</summary>
internal sealed record DraftRequest(
    string ScopePath, string MessagePath, string OutputPath, OfferKind? Offer, DateOnly Today, decimal? Hours, string? Signature, string? TemplatesFolder, string StateFolder);
