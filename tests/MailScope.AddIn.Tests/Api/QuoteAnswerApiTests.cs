using System.Net;
using System.Text.Json;
using MailScope.Core.Agreements;
using MailScope.Infrastructure.Storage;

namespace MailScope.AddIn.Tests.Api;

/// <summary>The reply API keeps every numbered quote and offers decline and goodwill beside the paid paths.</summary>
[Collection(InMemoryHosts.Name)]
public sealed class QuoteAnswerApiTests(AddInFactory factory) : IClassFixture<AddInFactory>
{
    private SqliteSyncStore Store => new($"Data Source={Path.Combine(factory.DataFolder, "mailscope.db")}");

    [Fact]
    public async Task A_quote_drafted_in_the_pane_is_kept_with_the_message_it_answers()
    {
        using var client = factory.Authorized();

        using var response = await client.PostAsync("/api/reply", Messages.With(Messages.ExtraCall, "change-order"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var number = Path.GetFileNameWithoutExtension(json.RootElement.GetProperty("attachments")[0].GetProperty("name").GetString()!);
        var quote = await new SqlQuoteBook(Store).GetAsync(number, CancellationToken.None);
        Assert.NotNull(quote);
        Assert.Equal(("alex-kim", QuoteStatus.Drafted, "call@example.com"), (quote.ClientId, quote.Status, quote.AnsweredMessageId));
    }

    [Fact]
    public async Task Decline_and_goodwill_are_offered_and_a_goodwill_reply_is_recorded_once_as_the_panes()
    {
        using var client = factory.Authorized();

        using var analysis = JsonDocument.Parse(await (await client.PostAsync("/api/analyze", Messages.Json(Messages.ExtraCall))).Content.ReadAsStringAsync());
        var kinds = analysis.RootElement.GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["goodwill", "decline"], kinds.TakeLast(2));
        Assert.NotEqual("goodwill", kinds[0]);

        var previewRequest = JsonSerializer.SerializeToNode(Messages.ExtraCall)!.AsObject();
        previewRequest["offer"] = "goodwill";
        previewRequest["preview"] = true;
        using var preview = await client.PostAsync("/api/reply", System.Net.Http.Json.JsonContent.Create(previewRequest));
        using var response = await client.PostAsync("/api/reply", Messages.With(Messages.ExtraCall, "goodwill"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("goodwill", json.RootElement.GetProperty("offer").GetProperty("kind").GetString());
        Assert.Empty(json.RootElement.GetProperty("attachments").EnumerateArray());
        Assert.Contains("next time it would be 200.00 USD", json.RootElement.GetProperty("textBody").GetString(), StringComparison.Ordinal);
        var goodwill = (await new SqlLedger(Store).ListAsync("alex-kim", CancellationToken.None)).Where(e => e.Kind == LedgerKind.Goodwill).ToList();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var entry = Assert.Single(goodwill); // the preview gave nothing away
        Assert.Equal((LedgerSource.AddIn, "coaching-call", 200m, "<call@example.com>"), (entry.Source, entry.ItemId, entry.Value, entry.MessageKey));
    }
}
