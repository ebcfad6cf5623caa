using System.Net.Http.Json;

namespace MailScope.AddIn.Tests.Api;

/// <summary>Messages as the task pane would send them, from the sample book's clients.</summary>
internal static class Messages
{
    public static object Logo => new
    {
        from = "alex.kim@example.com", fromName = "Alex Kim", to = new[] { "dana@reyescoaching.com" }, subject = "Quick favour",
        bodyType = "html", body = "<p>Hi Dana,</p><p>Could you also design a logo for my side business? <b>Thanks!</b></p>",
        internetMessageId = "<logo@example.com>", receivedAt = "2026-11-20T09:14:00Z",
    };

    public static object ExtraCall => new
    {
        from = "alex.kim@example.com", fromName = "Alex Kim", to = new[] { "dana@reyescoaching.com" }, subject = "Another call?",
        bodyType = "text", body = "Hi Dana, could we book one more coaching call next week? <script>alert(1)</script>",
        internetMessageId = "<call@example.com>", receivedAt = "2026-11-20T09:14:00Z",
    };

    public static object Stranger => new
    {
        from = "someone@unknown.example", subject = "Hello", bodyType = "text", body = "Could you send me your prices?",
    };

    public static JsonContent Json(object value) => JsonContent.Create(value);

    public static JsonContent With(object message, string offer) =>
        JsonContent.Create(System.Text.Json.JsonSerializer.SerializeToNode(message)!.AsObject().Also(o => o["offer"] = offer));

    private static T Also<T>(this T value, Action<T> act)
    {
        act(value);
        return value;
    }
}
