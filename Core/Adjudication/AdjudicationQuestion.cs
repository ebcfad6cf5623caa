using MailScope.Core.Judgement;

namespace MailScope.Core.Adjudication;

/// <summary>
/// What the adjudicator is asked: the ask's sentence, the client's agreement in plain lines, the ids it may
/// name as the matched item, and the engine's own verdict with its confidence.
/// </summary>
public sealed record AdjudicationQuestion(
    string Ask,
    IReadOnlyList<string> Agreement,
    IReadOnlyList<string> ItemIds,
    Verdict EngineVerdict,
    double EngineConfidence);
