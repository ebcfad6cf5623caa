using System.Text.Json.Serialization;
using MailScope.AddIn.Auth;
using MailScope.AddIn.Hosting;
using MailScope.Core.Judgement;
using MailScope.Core.Learning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MailScope.AddIn.Api;

/// <summary>
/// POST /api/corrections (docs/addin.md): the user's word on one ask — "not creep" (<c>in_scope</c>) or the
/// verdict it deserves, and optionally the scope-book item it is. Asks like it are judged so from then on, by
/// this host and by the worker.
/// </summary>
internal static class CorrectionApi
{
    public static void MapCorrectionApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/corrections", AddAsync).RequireAuthorization(AuthSetup.Policy).RequireRateLimiting(HostSetup.RateLimitPolicy);

    private static async Task<Results<Created<CorrectionAnswer>, ValidationProblem>> AddAsync(
        CorrectionRequest request, ScopeJudge judge, ICorrectionStore store, CorrectionsCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > 2000)
        {
            problems["text"] = ["The ask's text is required (at most 2,000 characters)."];
        }

        var verdict = VerdictNames.FromWire(request.Verdict);
        if (verdict is not (Verdict.InScope or Verdict.OverQuota or Verdict.OutOfScope or Verdict.OutsideExpertise))
        {
            problems["verdict"] = ["Must be one of in_scope (not creep), over_quota, out_of_scope, outside_expertise."];
        }

        var client = request.From is null ? null : judge.FindClient(request.From);
        if (request.From is not null && client is null)
        {
            problems["from"] = [$"{request.From} is not a client in the scope book."];
        }

        if (request.Item is not null && !judge.Book.Packages.SelectMany(p => p.Deliverables).Any(d => d.Id == request.Item) && !judge.Book.AddOns.Any(a => a.Id == request.Item))
        {
            problems["item"] = [$"'{request.Item}' is no deliverable or add-on of the scope book."];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var correction = new Correction(request.Text!.Trim(), verdict!.Value, request.Item, client?.Id, time.GetUtcNow(), "addin");
        await store.AddCorrectionsAsync([correction], cancellationToken).ConfigureAwait(false);
        cache.Invalidate();
        return TypedResults.Created("/api/corrections", new CorrectionAnswer(correction.AskText, correction.Verdict.ToWire(), correction.ItemId, correction.ClientId));
    }
}

/// <summary>The body of POST /api/corrections.</summary>
internal sealed record CorrectionRequest(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("verdict")] string? Verdict,
    [property: JsonPropertyName("item")] string? Item,
    [property: JsonPropertyName("from")] string? From);

/// <summary>The correction as kept.</summary>
internal sealed record CorrectionAnswer(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("item")] string? Item,
    [property: JsonPropertyName("client")] string? Client);
