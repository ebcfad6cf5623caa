using MailScope.Core.Judgement;

namespace MailScope.Core.Learning;

/// <summary>
/// The user's word on one ask: the verdict it deserves ("not creep" is <see cref="Verdict.InScope"/>), the
/// scope-book item it names when the user said "this is …", for which client, when, and where it came from
/// (<c>dismissed</c>: a flag the user took off; <c>addin</c>; <c>cli</c>).
/// </summary>
public sealed record Correction(string AskText, Verdict Verdict, string? ItemId, string? ClientId, DateTimeOffset At, string Source);
