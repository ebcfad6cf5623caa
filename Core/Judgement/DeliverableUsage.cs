namespace MailScope.Core.Judgement;

/// <summary>How much of one deliverable a client has used; <see cref="Left"/> is null when unlimited.</summary>
public sealed record DeliverableUsage(string Id, string Name, int? Quantity, int Used, string? Unit)
{
    public int? Left => Quantity is { } q ? Math.Max(0, q - Used) : null;
}
