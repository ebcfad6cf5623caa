using MailScope.Core.Judgement;

namespace MailScope.Core.Adjudication;

/// <summary>The adjudicator's verdict for one ask, the item it matched (an id of the question's list, or null) and why.</summary>
public sealed record AdjudicatorAnswer(Verdict Verdict, string? ItemId, string Reason);
