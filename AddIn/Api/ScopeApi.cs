using System.Text.Encodings.Web;
using System.Text.Json;
using MailScope.AddIn.Auth;
using MailScope.AddIn.Hosting;
using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Offers;
using MailScope.Templates.Drafting;
using MailScope.Templates.Rendering;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Storage;
using MailScope.Infrastructure.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MailScope.AddIn.Api;

/// <summary>POST /api/analyze and POST /api/reply (docs/addin.md).</summary>
internal static class ScopeApi
{
    /// <summary>Outlook's limit for the htmlBody of displayReplyFormAsync.</summary>
    public const int HtmlBodyLimit = 32 * 1024;

    /// <summary>The service key of the drafter whose quotes take no number.</summary>
    public const string PreviewDrafter = "preview";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static RouteGroupBuilder MapScopeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(AuthSetup.Policy).RequireRateLimiting(HostSetup.RateLimitPolicy);
        api.MapPost("/analyze", AnalyzeAsync);
        api.MapPost("/reply", ReplyAsync);
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> AnalyzeAsync(
        MessageRequest request, ScopeJudge judge, OfferPlanner planner, CorrectionsCache corrections, AgreementSnapshots agreements, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (request.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var today = time.Today();
        // One read of the ledger and accepted quotes per request: the verdict, the usage and the offers agree.
        var agreed = await agreements.LoadAsync(cancellationToken).ConfigureAwait(false);
        var inbound = request.ToInbound();
        var judgement = (await corrections.GetAsync(cancellationToken).ConfigureAwait(false)).Apply(judge.Judge(inbound, today, agreed));
        var client = judge.FindClient(request.From);
        var usage = client is null ? [] : judge.UsageOf(client, agreed, inbound.Date is { } sent ? DateOnly.FromDateTime(sent.UtcDateTime) : today);
        var offers = judgement.Flagged ? planner.OffersFor(judgement, today, null, agreed) : [];
        var delivered = client is null || request.InternetMessageId is null
            ? []
            : agreed.EntriesOf(client.Id).Where(e => e.Source == LedgerSource.AddIn && e.MessageKey == request.InternetMessageId).ToList();
        return TypedResults.File(AnalysisWriter.Write(request.InternetMessageId, judgement, client?.Name, usage, offers, delivered), "application/json");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ReplyAsync(
        MessageRequest request, ScopeJudge judge, ReplyDrafter drafter, [FromKeyedServices(PreviewDrafter)] ReplyDrafter previewDrafter,
        MailScopeOptions options, CorrectionsCache corrections, AgreementSnapshots agreements, ILedger ledger, TimeProvider time, CancellationToken cancellationToken)
    {
        var problems = request.Problems();
        var kind = OfferKinds.Parse(request.Offer);
        if (request.Offer is not null && kind is null)
        {
            problems["offer"] = [$"Must be one of {string.Join(", ", OfferKinds.All)}."];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var today = time.Today();
        var inbound = request.ToInbound();
        var agreed = await agreements.LoadAsync(cancellationToken).ConfigureAwait(false);
        var judgement = (await corrections.GetAsync(cancellationToken).ConfigureAwait(false)).Apply(judge.Judge(inbound, today, agreed));
        DraftedReply reply;
        try
        {
            // A preview must not take a quote number: numbers without a sent quote leave gaps in the books.
            var chosen = request.Preview ? previewDrafter : drafter;
            reply = await chosen.DraftAsync(inbound, judgement, today, kind, request.Hours, options.Signature, agreed, cancellationToken).ConfigureAwait(false);
            if (!request.Preview && reply.Goodwill is { } goodwill)
            {
                // Given away by the reply the user is about to send: recorded as the pane's.
                await ledger.AddAsync(goodwill with { Source = LedgerSource.AddIn, MessageKey = request.InternetMessageId }, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OfferException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "No reply for this message");
        }
        catch (TemplateException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status500InternalServerError, title: "A reply template failed");
        }

        if (System.Text.Encoding.UTF8.GetByteCount(reply.Html) > HtmlBodyLimit)
        {
            return TypedResults.Problem($"The reply's HTML is over Outlook's {HtmlBodyLimit / 1024} KB limit for a reply form; shorten the template.",
                statusCode: StatusCodes.Status500InternalServerError, title: "Reply too long");
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("subject", reply.Subject);
            w.WriteString("htmlBody", reply.Html);
            w.WriteString("textBody", reply.Text);
            w.WritePropertyName("offer");
            AnalysisWriter.WriteOffer(w, reply.Offer, withTitle: false);
            w.WriteStartArray("attachments");
            if (reply.Quote is { } quote)
            {
                w.WriteStartObject();
                w.WriteString("name", quote.FileName);
                w.WriteString("contentType", quote.ContentType);
                w.WriteBase64String("base64", quote.Content);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return TypedResults.File(buffer.ToArray(), "application/json");
    }

}
