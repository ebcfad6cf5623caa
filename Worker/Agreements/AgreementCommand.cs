using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MailScope.Core.Agreements;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;

namespace MailScope.Worker.Agreements;

/// <summary><c>agreement CLIENT [--json] [--date D]</c> (docs/worker.md): the effective agreement, book plus store.</summary>
internal static class AgreementCommand
{
    public static Command Create()
    {
        var client = new Argument<string>("CLIENT") { Description = "The client's id in the scope book." };
        var json = new Option<bool>("--json") { Description = "One JSON object on standard output." };
        var date = new Option<string?>("--date") { Description = "The day to show the agreement on (YYYY-MM-DD); default: today." };
        var command = new Command("agreement", "Show a client's effective agreement: packages, retainer, per deliverable quantity / used / left, amendments.") { client, json, date };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(client)!, result.GetValue(json), result.GetValue(date), result.UnmatchedTokens, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string clientId, bool json, string? dateText, IReadOnlyList<string> configArgs, CancellationToken cancellationToken)
    {
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                await Console.Error.WriteLineAsync($"error: --date: '{dateText}' is not a date as YYYY-MM-DD").ConfigureAwait(false);
                return 2;
            }

            date = parsed;
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

        AgreementSnapshot snapshot;
        try
        {
            snapshot = await session.Agreements.LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            await Console.Error.WriteLineAsync($"error: the store ({session.Location}) failed: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        var agreement = AgreementBuilder.Build(session.Book, client, snapshot, date ?? session.Today);
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            WriteJson(stdout, agreement, session.Book.Provider.Currency);
        }
        else
        {
            WriteText(Console.Out, agreement, session.Book.Provider.Currency);
        }

        return 0;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static void WriteText(TextWriter o, Agreement a, string currency)
    {
        o.WriteLine($"{a.Client.Name} ({a.Client.Id}) as of {Day(a.AsOf)}");
        o.WriteLine($"Packages: {(a.Packages.Count == 0 ? "none" : string.Join(", ", a.Packages.Select(p => $"{p.Name} ({p.Id})")))}");
        if (a.Retainer is { } r)
        {
            o.WriteLine($"Retainer: {r.Name} ({r.Id}){(a.RetainerStart is { } s ? $" from {Day(s)}" : string.Empty)}{(a.RetainerActive ? string.Empty : " (not started)")}");
        }

        if (a.PricePaid is { } paid)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Price paid: {paid:N2} {currency}"));
        }

        o.WriteLine();
        o.WriteLine($"{"ITEM",-24} {"FROM",-20} {"PER",-11} {"QUANTITY",8} {"USED",5} {"LEFT",5}");
        foreach (var i in a.Items)
        {
            var quantity = i.Quantity is { } q ? q.ToString(CultureInfo.InvariantCulture) + (i.Purchased > 0 ? $" (+{i.Purchased})" : string.Empty) : "unlimited";
            var left = i.Left?.ToString(CultureInfo.InvariantCulture) ?? "-";
            var per = i.Per == QuantityPeriod.Engagement ? "engagement" : $"{i.Per.ToWire()} {(i.Per == QuantityPeriod.Month ? i.PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Day(i.PeriodStart))}";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i.Id,-24} {i.OwnerId,-20} {per,-11} {quantity,8} {i.Used,5} {left,5}"));
        }

        if (a.Amendments.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Amendments:");
            foreach (var m in a.Amendments)
            {
                o.WriteLine($"  {m.QuoteNumber}  {m.Kind.ToWire(),-12} {Day(m.DecidedOn)}  {m.Summary}");
            }
        }
    }

    private static void WriteJson(Stream output, Agreement a, string currency)
    {
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("client", a.Client.Id);
            w.WriteString("name", a.Client.Name);
            w.WriteString("as_of", Day(a.AsOf));
            w.WriteStartArray("packages");
            foreach (var p in a.Packages)
            {
                w.WriteStartObject();
                w.WriteString("id", p.Id);
                w.WriteString("name", p.Name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (a.Retainer is { } r)
            {
                w.WriteStartObject("retainer");
                w.WriteString("id", r.Id);
                w.WriteString("name", r.Name);
                Nullable(w, "start", a.RetainerStart is { } s ? Day(s) : null);
                w.WriteBoolean("active", a.RetainerActive);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("retainer");
            }

            if (a.PricePaid is { } paid)
            {
                w.WriteNumber("price_paid", paid);
            }
            else
            {
                w.WriteNull("price_paid");
            }

            w.WriteString("currency", currency);
            w.WriteStartArray("deliverables");
            foreach (var i in a.Items)
            {
                w.WriteStartObject();
                w.WriteString("id", i.Id);
                w.WriteString("name", i.Name);
                w.WriteString("from", i.Kind switch { AgreedItemKind.RetainerDeliverable => "retainer", AgreedItemKind.PurchasedAddOn => "purchased", _ => "package" });
                w.WriteString("owner", i.OwnerId);
                NullableNumber(w, "quantity", i.Quantity);
                w.WriteNumber("purchased", i.Purchased);
                w.WriteString("per", i.Per.ToWire());
                Nullable(w, "period_start", i.Per == QuantityPeriod.Engagement ? null : Day(i.PeriodStart));
                Nullable(w, "period_end", i.Per == QuantityPeriod.Engagement ? null : Day(i.PeriodEnd));
                w.WriteNumber("used", i.Used);
                NullableNumber(w, "left", i.Left);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("amendments");
            foreach (var m in a.Amendments)
            {
                w.WriteStartObject();
                w.WriteString("quote", m.QuoteNumber);
                w.WriteString("kind", m.Kind.ToWire());
                Nullable(w, "target", m.TargetId);
                w.WriteString("decided", Day(m.DecidedOn));
                w.WriteString("summary", m.Summary);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.Write("\n"u8);
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void NullableNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
