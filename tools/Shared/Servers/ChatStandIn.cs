using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MailScope.Tooling.Servers;

/// <summary>
/// A stand-in for an OpenAI-compatible chat endpoint (Ollama, Azure OpenAI, OpenAI) on loopback:
/// <c>POST /v1/chat/completions</c> answers with the content the test's script returns for each request, in the
/// documented chat-completion shape, after an optional delay or with an error status. Every request is recorded.
/// </summary>
public sealed class ChatStandIn : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly List<(string Authorization, JsonNode Body)> _requests = [];
    private WebApplication? _app;

    /// <summary>The base address to configure (ends in <c>/v1</c>).</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>What to answer: the assistant's content for a request body, or null for a 500.</summary>
    public Func<JsonNode, string?> Answer { get; set; } = _ => """{"verdict":"in_scope","item":null,"reason":"Included."}""";

    public TimeSpan Delay { get; set; }

    public IReadOnlyList<(string Authorization, JsonNode Body)> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<ChatStandIn> StartAsync()
    {
        var standIn = new ChatStandIn();
        var (app, address) = await LoopbackWebApp.StartAsync(app => app.MapPost("/v1/chat/completions", standIn.CompleteAsync));
        standIn._app = app;
        standIn.Endpoint = new Uri(address, "v1");
        return standIn;
    }

    private async Task<IResult> CompleteAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false) ?? new JsonObject();
        lock (_gate)
        {
            _requests.Add((request.Headers.Authorization.ToString(), body));
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken).ConfigureAwait(false);
        }

        if (Answer(body) is not { } content)
        {
            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["message"] = "stand-in failure", ["type"] = "server_error" } }, statusCode: 500);
        }

        return Results.Json(new JsonObject
        {
            ["id"] = "chatcmpl-standin",
            ["object"] = "chat.completion",
            ["created"] = 1_764_547_200,
            ["model"] = body["model"]?.GetValue<string>() ?? "stand-in",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
