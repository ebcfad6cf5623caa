using System.Text;
using System.Text.Json;
using MailScope.Core.Adjudication;
using MailScope.Core.Judgement;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace MailScope.Infrastructure.Adjudication;

/// <summary>
/// Asks a chat model (<see cref="IChatClient"/>) for the verdict of one ask, with a JSON schema for the answer
/// and a timeout. Anything but a valid answer in time — a refusal, bad JSON, an unknown verdict, an error, a
/// slow endpoint — leaves the engine's verdict standing.
/// </summary>
public sealed partial class ChatAskAdjudicator(IChatClient chat, TimeSpan timeout, ILogger<ChatAskAdjudicator> logger) : IAskAdjudicator
{
    private static readonly string[] Verdicts = ["no_request", "in_scope", "over_quota", "out_of_scope", "outside_expertise"];

    private static readonly JsonElement Schema = JsonDocument.Parse($$"""
        {
          "type": "object",
          "properties": {
            "verdict": { "type": "string", "enum": [{{string.Join(", ", Verdicts.Select(v => $"\"{v}\""))}}] },
            "item": { "type": ["string", "null"] },
            "reason": { "type": "string" }
          },
          "required": ["verdict", "item", "reason"],
          "additionalProperties": false
        }
        """).RootElement.Clone();

    // The verdict rules of docs/asks.md in a few lines: what the model must decide, and nothing about the sender.
    private const string Instructions = """
        You judge one request a client sent to a freelancer, against the client's agreement.
        Answer with JSON only: {"verdict": ..., "item": ..., "reason": ...}.
        verdict: "in_scope" when the agreement includes it and some is left (also admin, payment, scheduling, a question
        about the work, fixing delivered work); "over_quota" when it is one more of an included item with none left;
        "out_of_scope" when the agreement does not include it (an add-on, another package, new work);
        "outside_expertise" when it is in a field the freelancer refers elsewhere or outside their expertise;
        "no_request" when the text asks for nothing.
        item: the id in square brackets of the agreement line it is about, or null. reason: one short sentence.
        """;

    public async Task<AdjudicatorAnswer?> AdjudicateAsync(AdjudicationQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var prompt = new StringBuilder()
            .AppendLine("Agreement:")
            .AppendJoin('\n', question.Agreement.Select(l => "- " + l)).AppendLine()
            .AppendLine()
            .Append("Request: ").Append(JsonSerializer.Serialize(question.Ask))
            .ToString();
        var options = new ChatOptions
        {
            Temperature = 0,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(Schema, "ask_verdict", "The verdict of one client request."),
        };

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        string? text;
        try
        {
            var response = await chat.GetResponseAsync([new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, prompt)], options, deadline.Token).ConfigureAwait(false);
            text = response.Text;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, timeout.TotalSeconds);
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or System.ClientModel.ClientResultException or IOException)
        {
            // The exception's message names the endpoint's status, never the key (it travels in a header).
            LogFailed(logger, ex.GetType().Name, ex.Message);
            return null;
        }

        var answer = Parse(text, question.ItemIds);
        if (answer is null)
        {
            LogUnusable(logger, text is null ? 0 : text.Length);
        }

        return answer;
    }

    /// <summary>The answer in <paramref name="text"/>, or null when it is not the JSON the schema asks for.</summary>
    internal static AdjudicatorAnswer? Parse(string? text, IReadOnlyList<string> itemIds)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Some endpoints wrap JSON in a code fence even when asked for a schema.
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object ||
                !root.TryGetProperty("verdict", out var v) || v.ValueKind != JsonValueKind.String ||
                !Verdicts.Contains(v.GetString()) || VerdictNames.FromWire(v.GetString()) is not { } verdict)
            {
                return null;
            }

            var item = root.TryGetProperty("item", out var i) && i.ValueKind == JsonValueKind.String && itemIds.Contains(i.GetString()!) ? i.GetString() : null;
            var reason = root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "No reason given.";
            return new AdjudicatorAnswer(verdict, item, reason.Length > 300 ? reason[..300] : reason);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "The adjudicator did not answer within {Seconds} s; the engine's verdict stands")]
    private static partial void LogTimedOut(ILogger logger, double seconds);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "The adjudicator failed ({Kind}: {Error}); the engine's verdict stands")]
    private static partial void LogFailed(ILogger logger, string kind, string error);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "The adjudicator's answer ({Length} characters) is not the JSON asked for; the engine's verdict stands")]
    private static partial void LogUnusable(ILogger logger, int length);
}
