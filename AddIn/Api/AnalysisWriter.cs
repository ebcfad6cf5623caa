using System.Text.Encodings.Web;
using System.Text.Json;
using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Offers;
using MailScope.Infrastructure.Json;

namespace MailScope.AddIn.Api;

/// <summary>
/// The analyze answer: the judgement exactly as a <c>scan --json</c> line writes it (without source), the
/// client's usage, and the paid paths that apply.
/// </summary>
internal static class AnalysisWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(string? messageId, MessageJudgement judgement, string? clientName, IReadOnlyList<DeliverableUsage> usage, IReadOnlyList<Offer> offers) =>
        Write(messageId, judgement, clientName, usage, offers, []);

    /// <summary>As above, with the units the pane marked delivered for this message (so it can offer Undo).</summary>
    public static byte[] Write(
        string? messageId, MessageJudgement judgement, string? clientName, IReadOnlyList<DeliverableUsage> usage, IReadOnlyList<Offer> offers, IReadOnlyList<LedgerEntry> delivered)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            JudgementJson.WriteFields(w, messageId, judgement);
            w.WriteString("client_name", clientName);
            w.WriteStartArray("usage");
            foreach (var u in usage)
            {
                w.WriteStartObject();
                w.WriteString("id", u.Id);
                w.WriteString("name", u.Name);
                WriteNumberOrNull(w, "quantity", u.Quantity);
                w.WriteNumber("used", u.Used);
                WriteNumberOrNull(w, "left", u.Left);
                w.WriteString("unit", u.Unit);
                w.WriteString("per", u.Per.ToWire());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("delivered");
            foreach (var e in delivered)
            {
                w.WriteStartObject();
                w.WriteNumber("id", e.Id);
                w.WriteString("item", e.ItemId);
                w.WriteString("date", e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("offers");
            foreach (var offer in offers)
            {
                WriteOffer(w, offer, withTitle: true);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static void WriteOffer(Utf8JsonWriter w, Offer offer, bool withTitle)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(offer);
        w.WriteStartObject();
        w.WriteString("kind", offer.Kind.ToWire());
        w.WriteString("id", offer.Id);
        if (withTitle)
        {
            w.WriteString("title", offer.Title);
            w.WriteString("explanation", offer.Explanation);
        }

        if (offer.Total is { } total)
        {
            w.WriteNumber("price", total);
        }
        else
        {
            w.WriteNull("price");
        }

        w.WriteString("currency", offer.Currency);
        w.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, int? value)
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
