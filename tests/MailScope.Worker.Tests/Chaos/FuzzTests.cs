using MailScope.Chaos.Campaign;
using MailScope.Worker.Tests.Servers;

namespace MailScope.Worker.Tests.Chaos;

/// <summary>
/// Mutated messages at a CI size (every kind of mutation three times): scan gives one line each, an IMAP
/// and a Graph sync record one result each and go past the bad ones.
/// </summary>
[Collection(DovecotServers.Name)]
public sealed class FuzzTests(DovecotFixture server)
{
    private static readonly ChaosOptions Options = ChaosAssert.Small(MessageMutator.Kinds.Length * 3, 0);

    [Fact]
    public async Task Scan_gives_exactly_one_result_line_per_mutated_message()
    {
        ChaosAssert.Passed(await FuzzCampaign.ScanAsync(ChaosMail.Load(), Options, TextWriter.Null));
    }

    [Fact]
    public async Task An_IMAP_sync_records_every_mutated_message_once_and_goes_past_the_bad_ones()
    {
        ChaosAssert.Passed(await FuzzCampaign.ImapAsync(server, ChaosMail.Load(), Options, TextWriter.Null));
    }

    [Fact]
    public async Task A_Graph_sync_records_every_mutated_message_once_and_goes_past_the_bad_ones()
    {
        ChaosAssert.Passed(await FuzzCampaign.GraphAsync(ChaosMail.Load(), Options, TextWriter.Null));
    }

    [Fact]
    public void Mutations_are_the_same_for_the_same_seed()
    {
        var original = ChaosMail.Bytes(ChaosMail.Load().Generate(1, "same")[0]);
        for (var i = 0; i < MessageMutator.Kinds.Length; i++)
        {
            Assert.Equal(MessageMutator.Mutate(original, 13, i).Bytes, MessageMutator.Mutate(original, 13, i).Bytes);
        }
    }
}
