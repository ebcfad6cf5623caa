using System.ClientModel;
using MailScope.Core.Adjudication;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace MailScope.Infrastructure.Adjudication;

/// <summary>Builds the adjudicator the options ask for: an OpenAI-compatible chat client, or none when it is off.</summary>
public static class AdjudicatorFactory
{
    public static JudgementAdjudication? Create(AdjudicatorOptions options, double flagConfidence, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        if (!options.Enabled)
        {
            return null;
        }

        // Ollama and other local endpoints take no key, but the client insists on one.
        var client = new OpenAIClient(
            new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey),
            new OpenAIClientOptions { Endpoint = options.Endpoint, NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds) });
        var chat = client.GetChatClient(options.Model).AsIChatClient();
        var adjudicator = new ChatAskAdjudicator(chat, TimeSpan.FromSeconds(options.TimeoutSeconds), loggers.CreateLogger<ChatAskAdjudicator>());
        return new JudgementAdjudication(adjudicator, options.Below ?? Math.Max(AdjudicatorOptions.DefaultBelow, flagConfidence));
    }
}
