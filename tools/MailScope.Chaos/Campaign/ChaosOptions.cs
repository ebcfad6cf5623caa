namespace MailScope.Chaos.Campaign;

/// <summary>The size of a campaign: messages, kills, the seed every random choice comes from, the worker's batch size.</summary>
public sealed record ChaosOptions(int Size = 2000, int Kills = 10, int Seed = 13, int BatchSize = 200)
{
    /// <summary>Kills land 1–4 s after the worker starts (issue 13); tests at small sizes use a shorter range.</summary>
    public int MinKillMs { get; init; } = 1000;

    public int MaxKillMs { get; init; } = 4000;
}
