using MailScope.Core.Matching;

namespace MailScope.Core.Judgement;

/// <summary>
/// One ask and its verdict, with the evidence a user needs to see why: the sentence, the cue that made
/// it an ask, the scope-book item it matched and a one-line reason.
/// </summary>
public sealed record RequestJudgement(string Text, Verdict Verdict, ScopeMatch Match, string Cue, string Reason, int Quantity);
