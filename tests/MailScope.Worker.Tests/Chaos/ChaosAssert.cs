using MailScope.Chaos.Campaign;

namespace MailScope.Worker.Tests.Chaos;

/// <summary>The campaign's size in CI (the full size is the tool's: tools/MailScope.Chaos/README.md) and its verdict as an assertion.</summary>
internal static class ChaosAssert
{
    /// <summary>Small, and kills early enough to land in a sync of that size.</summary>
    public static ChaosOptions Small(int size, int kills) => new(size, kills, Seed: 13, BatchSize: 20) { MinKillMs = 300, MaxKillMs = 1500 };

    public static void Passed(ChaosFindings findings) =>
        Assert.True(findings.Passed, $"{findings.Scenario} / {findings.Source}:\n  " + string.Join("\n  ", findings.Violations));
}
