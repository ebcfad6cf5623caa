namespace MailScope.Core.Judgement;

/// <summary>How much of one deliverable a client has used; <see cref="Left"/> is null when unlimited.</summary>
public sealed record DeliverableUsage(string Id, string Name, int? Quantity, int Used, string? Unit)
{
    /// <summary>The period <see cref="Used"/> counts (version 2 <c>per</c>).</summary>
    public ScopeBooks.QuantityPeriod Per { get; init; }

    /// <summary>Units bought through accepted quotes, included in <see cref="Quantity"/>.</summary>
    public int Purchased { get; init; }

    public int? Left => Quantity is { } q ? Math.Max(0, q - Used) : null;
}
