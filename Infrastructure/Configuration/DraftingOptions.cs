using MailScope.Core.Judgement;
using MailScope.Core.Offers;

namespace MailScope.Infrastructure.Configuration;

/// <summary>
/// <c>MailScope:Drafting</c>: which answer the worker drafts per verdict
/// (<c>MailScope:Drafting:Answer:OverQuota = upgrade|decline|goodwill|best|…</c>); <c>best</c> (the default) lets MailScope pick the paid path.
/// </summary>
public sealed class DraftingOptions
{
    public const string Best = "best";

    public AnswerOptions Answer { get; set; } = new();
}

/// <summary>The answer per flagged verdict: <c>best</c> or an offer kind (<c>change-order</c>, …, <c>decline</c>, <c>goodwill</c>).</summary>
public sealed class AnswerOptions
{
    public string? OverQuota { get; set; }

    public string? OutOfScope { get; set; }

    public string? OutsideExpertise { get; set; }

    /// <summary>Each setting with its configuration key, for validation.</summary>
    public IEnumerable<(string Key, string? Value)> Settings =>
    [
        ($"{MailScopeOptions.Section}:Drafting:Answer:OverQuota", OverQuota),
        ($"{MailScopeOptions.Section}:Drafting:Answer:OutOfScope", OutOfScope),
        ($"{MailScopeOptions.Section}:Drafting:Answer:OutsideExpertise", OutsideExpertise),
    ];

    /// <summary>The offer kind to draft for <paramref name="verdict"/>; null for the best paid path.</summary>
    public OfferKind? For(Verdict verdict) => OfferKinds.Parse(verdict switch
    {
        Verdict.OverQuota => OverQuota,
        Verdict.OutOfScope => OutOfScope,
        Verdict.OutsideExpertise => OutsideExpertise,
        _ => null,
    });
}
