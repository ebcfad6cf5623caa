using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MailScope.Core.Agreements;
using MailScope.Core.ScopeBooks;

namespace MailScope.Worker.Agreements;

/// <summary>
/// <c>ledger add CLIENT ITEM [--units N] [--date D] [--kind delivered|goodwill] [--note T]</c> and
/// <c>ledger list [CLIENT] [--json]</c> (docs/worker.md; JSON as in the engagements contract).
/// </summary>
internal static class LedgerCommand
{
    public static Command Create()
    {
        var command = new Command("ledger", "Record what was delivered or given, and list the ledger (kept in the store, beside the book).") { Add(), List() };
        return command;
    }

    private static Command Add()
    {
        var client = new Argument<string>("CLIENT") { Description = "The client's id in the scope book." };
        var item = new Argument<string>("ITEM") { Description = "A deliverable of the client's packages or retainer, or an add-on id." };
        var units = new Option<string?>("--units") { Description = "Whole units, 1 or more (default 1)." };
        var date = new Option<string?>("--date") { Description = "The day it happened (YYYY-MM-DD); default: today." };
        var kind = new Option<string?>("--kind") { Description = "delivered (default) or goodwill." };
        var note = new Option<string?>("--note") { Description = "A note kept with the entry." };
        var command = new Command("add", "Record units delivered (or given as goodwill) for a client.") { client, item, units, date, kind, note };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => AddAsync(
            result.GetValue(client)!, result.GetValue(item)!, result.GetValue(units), result.GetValue(date), result.GetValue(kind), result.GetValue(note),
            result.UnmatchedTokens, cancellationToken));
        return command;
    }

    private static Command List()
    {
        var client = new Argument<string?>("CLIENT") { Description = "Only this client's entries.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "A JSON array of {client, item, units, date, kind, source, note}." };
        var command = new Command("list", "List the ledger, oldest first.") { client, json };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => ListAsync(result.GetValue(client), result.GetValue(json), result.UnmatchedTokens, cancellationToken));
        return command;
    }

    private static async Task<int> AddAsync(
        string clientId, string itemId, string? unitsText, string? dateText, string? kindText, string? note, IReadOnlyList<string> configArgs, CancellationToken cancellationToken)
    {
        // Input that is wrong whatever the book says is refused before anything is opened.
        var units = 1;
        if (unitsText is not null && (!int.TryParse(unitsText, NumberStyles.None, CultureInfo.InvariantCulture, out units) || units < 1 || units > 10_000))
        {
            return await BadAsync($"--units: '{unitsText}' is not a whole number from 1 to 10000").ConfigureAwait(false);
        }

        DateOnly? date = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return await BadAsync($"--date: '{dateText}' is not a date as YYYY-MM-DD").ConfigureAwait(false);
            }

            date = parsed;
        }

        var kind = kindText is null ? LedgerKind.Delivered : LedgerWire.ParseKind(kindText);
        if (kind is not (LedgerKind.Delivered or LedgerKind.Goodwill))
        {
            return await BadAsync($"--kind: '{kindText}' is not delivered or goodwill (purchases are recorded when a quote is accepted)").ConfigureAwait(false);
        }

        var (session, exitCode) = await StoreSession.OpenAsync(configArgs, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return exitCode;
        }

        using var _ = session;
        if (session.FindClient(clientId) is not { } client)
        {
            return 2;
        }

        var known = KnownItems(session.Book, client);
        if (!known.Contains(itemId))
        {
            return await BadAsync($"unknown item '{itemId}' for client '{client.Id}' (known: {string.Join(", ", known)})").ConfigureAwait(false);
        }

        try
        {
            var entry = await session.Ledger.AddAsync(
                new LedgerEntry(client.Id, itemId, units, date ?? session.Today, kind.Value, LedgerSource.Cli) { Note = note }, cancellationToken).ConfigureAwait(false);
            var snapshot = await session.Agreements.LoadAsync(cancellationToken).ConfigureAwait(false);
            var item = AgreementBuilder.Build(session.Book, client, snapshot, entry.Date).Find(itemId);
            var usage = item is null ? string.Empty
                : item.Quantity is { } q ? $" {item.Name}: {item.Used} of {q} used{(item.Per == QuantityPeriod.Engagement ? string.Empty : " this " + item.Per.ToWire())}, {item.Left} left."
                : $" {item.Name}: {item.Used} used (unlimited).";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Recorded entry {entry.Id}: {units} × {itemId} for {client.Id} on {entry.Date:yyyy-MM-dd} ({kind.Value.ToWire()}).{usage}"));
            return 0;
        }
        catch (DbException ex)
        {
            await Console.Error.WriteLineAsync($"error: the store ({session.Location}) failed: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>What a ledger entry may name for a client: its packages' and retainer's deliverables, and the book's add-ons.</summary>
    private static List<string> KnownItems(ScopeBook book, Client client) =>
        client.PackageIds.Select(book.FindPackage).OfType<Package>().SelectMany(p => p.Deliverables.Select(d => d.Id))
            .Concat(book.FindRetainer(client.RetainerId)?.Deliverables.Select(d => d.Id) ?? [])
            .Concat(book.AddOns.Select(a => a.Id))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static async Task<int> ListAsync(string? clientId, bool json, IReadOnlyList<string> configArgs, CancellationToken cancellationToken)
    {
        var (session, exitCode) = await StoreSession.OpenAsync(configArgs, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return exitCode;
        }

        using var _ = session;
        if (clientId is not null && session.FindClient(clientId) is null)
        {
            return 2;
        }

        IReadOnlyList<LedgerEntry> entries;
        try
        {
            entries = await session.Ledger.ListAsync(clientId, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            await Console.Error.WriteLineAsync($"error: the store ({session.Location}) failed: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            WriteJson(stdout, entries);
        }
        else
        {
            Console.WriteLine($"{"DATE",-10}  {"CLIENT",-20} {"ITEM",-24} {"UNITS",5}  {"KIND",-9} {"SOURCE",-6} NOTE");
            foreach (var e in entries)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{e.Date:yyyy-MM-dd}  {e.ClientId,-20} {e.ItemId,-24} {e.Units,5}  {e.Kind.ToWire(),-9} {e.Source.ToWire(),-6} {e.Note}"));
            }

            Console.WriteLine($"{entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}.");
        }

        return 0;
    }

    private static void WriteJson(Stream output, IReadOnlyList<LedgerEntry> entries)
    {
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            w.WriteStartArray();
            foreach (var e in entries)
            {
                w.WriteStartObject();
                w.WriteString("client", e.ClientId);
                w.WriteString("item", e.ItemId);
                w.WriteNumber("units", e.Units);
                w.WriteString("date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("kind", e.Kind.ToWire());
                w.WriteString("source", e.Source.ToWire());
                if (e.Note is null)
                {
                    w.WriteNull("note");
                }
                else
                {
                    w.WriteString("note", e.Note);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        output.Write("\n"u8);
    }

    private static async Task<int> BadAsync(string message)
    {
        await Console.Error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return 2;
    }
}
