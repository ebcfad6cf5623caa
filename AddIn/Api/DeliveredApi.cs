using System.Text.Json.Serialization;
using MailScope.AddIn.Auth;
using MailScope.AddIn.Hosting;
using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Infrastructure.Storage;
using MailScope.Infrastructure.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MailScope.AddIn.Api;

/// <summary>
/// POST /api/delivered and POST /api/delivered/undo (docs/addin.md): the pane's "Mark delivered" records one
/// unit of the deliverable an in-scope ask matched in the ledger (source <c>addin</c>, the message's key);
/// Undo takes that entry back. The next analysis counts it.
/// </summary>
internal static class DeliveredApi
{
    public static void MapDeliveredApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/delivered").RequireAuthorization(AuthSetup.Policy).RequireRateLimiting(HostSetup.RateLimitPolicy);
        api.MapPost("/", MarkAsync);
        api.MapPost("/undo", UndoAsync);
    }

    private static async Task<Results<Created<DeliveredAnswer>, ValidationProblem>> MarkAsync(
        DeliveredRequest request, ScopeJudge judge, ILedger ledger, AgreementSnapshots agreements, TimeProvider time, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var client = judge.FindClient(request.From);
        if (client is null)
        {
            problems["from"] = [$"'{request.From}' is not a client in the scope book."];
        }

        if (string.IsNullOrWhiteSpace(request.MessageId) || request.MessageId.Length > 1000)
        {
            problems["messageId"] = ["The message's internetMessageId is required (at most 1,000 characters)."];
        }

        var today = time.Today();
        if (client is not null)
        {
            // Only a deliverable the client has with a quantity is counted; the agreement as of today decides.
            var agreement = judge.AgreementOf(client, await agreements.LoadAsync(cancellationToken).ConfigureAwait(false), today);
            if (request.Item is null || agreement.Find(request.Item) is not { Quantity: not null })
            {
                problems["item"] = [$"'{request.Item}' is no counted deliverable of {client.Name}'s agreement (known: {string.Join(", ", agreement.Items.Where(i => i.Quantity is not null).Select(i => i.Id))})."];
            }
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var entry = await ledger.AddAsync(
            new LedgerEntry(client!.Id, request.Item!, 1, today, LedgerKind.Delivered, LedgerSource.AddIn) { MessageKey = request.MessageId, Note = "marked delivered in Outlook" },
            cancellationToken).ConfigureAwait(false);
        return TypedResults.Created("/api/delivered", new DeliveredAnswer(entry.Id, entry.ClientId, entry.ItemId));
    }

    private static async Task<Results<Ok<UndoRequest>, NotFound, ValidationProblem>> UndoAsync(UndoRequest request, ILedger ledger, CancellationToken cancellationToken)
    {
        if (request.Id is not { } id)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["The ledger entry's id is required."] });
        }

        // Only what the pane recorded can be taken back from the pane.
        var entry = (await ledger.ListAsync(null, cancellationToken).ConfigureAwait(false)).FirstOrDefault(e => e.Id == id && e.Source == LedgerSource.AddIn);
        return entry is not null && await ledger.RemoveAsync(id, cancellationToken).ConfigureAwait(false) ? TypedResults.Ok(new UndoRequest(id)) : TypedResults.NotFound();
    }
}

/// <summary>The body of POST /api/delivered: who (the sender), which deliverable, which message.</summary>
internal sealed record DeliveredRequest(
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("item")] string? Item,
    [property: JsonPropertyName("messageId")] string? MessageId);

/// <summary>The body of POST /api/delivered/undo, and its answer (the entry taken back).</summary>
internal sealed record UndoRequest([property: JsonPropertyName("id")] long? Id);

/// <summary>The entry POST /api/delivered recorded.</summary>
internal sealed record DeliveredAnswer(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("client")] string Client,
    [property: JsonPropertyName("item")] string Item);
