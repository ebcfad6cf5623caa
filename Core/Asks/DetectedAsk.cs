namespace MailScope.Core.Asks;

/// <summary>
/// A clause that asks the provider to do work: the whole sentence, the cue that made it an ask, the
/// kind of cue ("modal question", "need", …), the part of the sentence the ask governs (where its object
/// is looked for), how many units it asks for, and the sentence before it (where "it" or "this" in the
/// ask usually points).
/// </summary>
public sealed record DetectedAsk(string Sentence, string Cue, string CueKind, string Span, int Quantity, string? Context)
{
    /// <summary>A need or wish ("we need a menu page") often spells out the ask before it rather than adding one.</summary>
    public bool MayElaborate => CueKind is "need" or "wish";

    /// <summary>Reads as logistics (a link, an invoice, moving a call); judged as work only if it clearly names an item of the book.</summary>
    public bool Logistics { get; init; }

    /// <summary>Asks for something delivered to be sent or switched on again: admin, never creep (docs/asks.md).</summary>
    public bool Redelivery { get; init; }

    /// <summary>Asks to be told something ("can you tell me whether…"): admin, unless what it asks about is a referral's field.</summary>
    public bool AsksInformation { get; init; }

    /// <summary>
    /// A place booked ("put my name down for the February one"): when it names nothing the book knows, a booking within the
    /// engagement while it runs, and new work after it ends (VerdictRules).
    /// </summary>
    public bool BooksAPlace { get; init; }

    /// <summary>
    /// The sentences before <see cref="Context"/>, nearest first (at most a few): "The aerial on the chimney is leaning.
    /// Cable looks loose too. Is this something you could put right?" names what "this" is two sentences back.
    /// </summary>
    public IReadOnlyList<string> Earlier { get; init; } = [];

    /// <summary>
    /// The sentence after the ask's: "Could you send the numbers before Thursday? I know normally you say two weeks." says
    /// the turnaround the ask is measured against only afterwards.
    /// </summary>
    public string? Later { get; init; }

    /// <summary>True when <see cref="Context"/> is the line that introduced the list this ask is an item of.</summary>
    public bool ContextIsLead { get; init; }

    /// <summary>The learned ask detector's probability that the sentence asks for something, when one ran.</summary>
    public double? AskProbability { get; init; }

    /// <summary>A question only the learned detector read as an ask: answered within the engagement, never creep.</summary>
    public bool Question { get; init; }

    /// <summary>Asks for a recommendation rather than for work: a referral is the answer, else it is no ask.</summary>
    public bool SeeksReferral => CueKind == "referral";
}
