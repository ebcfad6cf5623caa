using System.Text.Json.Serialization;
using MailScope.Core.Messages;

namespace MailScope.AddIn.Api;

/// <summary>The message as the task pane reads it through Office.js (addin-api.md), plus the reply's choices.</summary>
internal sealed record MessageRequest
{
    [JsonPropertyName("from")]
    public string? From { get; init; }

    [JsonPropertyName("fromName")]
    public string? FromName { get; init; }

    [JsonPropertyName("to")]
    public IReadOnlyList<string>? To { get; init; }

    [JsonPropertyName("subject")]
    public string? Subject { get; init; }

    /// <summary>"html" or "text".</summary>
    [JsonPropertyName("bodyType")]
    public string? BodyType { get; init; }

    [JsonPropertyName("body")]
    public string? Body { get; init; }

    [JsonPropertyName("internetMessageId")]
    public string? InternetMessageId { get; init; }

    [JsonPropertyName("receivedAt")]
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>Reply only: the offer kind (worker.md's list); default the best offer.</summary>
    [JsonPropertyName("offer")]
    public string? Offer { get; init; }

    /// <summary>Reply only: hours for a change order priced by the hour.</summary>
    [JsonPropertyName("hours")]
    public decimal? Hours { get; init; }

    /// <summary>Reply only: a preview, whose quote carries a preview number instead of taking the next one.</summary>
    [JsonPropertyName("preview")]
    public bool Preview { get; init; }

    /// <summary>What is wrong with the request, field by field; empty when it can be judged.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(From))
        {
            problems["from"] = ["The sender's address is required."];
        }

        if (BodyType is not null and not "html" and not "text")
        {
            problems["bodyType"] = ["Must be \"html\" or \"text\"."];
        }

        if (Body is null)
        {
            problems["body"] = ["The message body is required (it may be empty)."];
        }

        if (Hours is <= 0 or > 1000)
        {
            problems["hours"] = ["Must be more than 0 and at most 1000."];
        }

        return problems;
    }

    public InboundMessage ToInbound() => new()
    {
        From = From?.Trim(),
        FromName = FromName,
        To = To ?? [],
        Subject = Subject ?? string.Empty,
        Date = ReceivedAt,
        TextBody = BodyType == "text" ? Body : null,
        HtmlBody = BodyType == "text" ? null : Body,
        MessageId = InternetMessageId,
    };
}
