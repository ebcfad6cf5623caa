using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;
using MailScope.Core.Language;

namespace MailScope.Core.Judgement;

/// <summary>
/// Sentences that move included work forward without asking for new work (docs/asks.md): material handed over
/// for a deliverable, a question on where one stands, or a day proposed for one. Only a candidate: the judge counts it as an in-scope
/// ask when the text names a deliverable of the client's own agreement, so news with a photo attached stays news.
/// </summary>
internal static partial class WorkInProgress
{
    private static readonly Regex HandingOver = KnowledgeFile.Pattern("{handing-over}");

    private static readonly Regex BookingProposal = KnowledgeFile.Pattern("{booking-proposals}");

    // "When's good for my second body scan?": asks for a day for the included thing.
    private static readonly Regex WhenSuits = new(@"\bwhen(?:'s|\s+is|\s+would\s+be|\s+will\s+be)?\s+(?:good|best|convenient|a\s+good\s+time|suits\s+you|works\s+for\s+you|are\s+you\s+(?:free|available)|can\s+(?:i|we)\s+(?:come|book|have|do))\b", RegexOptions.CultureInvariant);

    // "As promised, attached are my sleep notes", "…the changelog, so your team can verify the fixes": material the provider
    // asked for, which is for the agreed work though the catalogue's words for it are not used.
    [GeneratedRegex(@"\b(?:as|like)\s+(?:promised|requested|(?:you|we)\s+(?:asked|requested|wanted|suggested|said))\b|\b(?:as|like)\s+you\s+(?:say|tell|told|ask)\s+(?:me|us)\b|\bas\s+per\s+your\s+(?:request|email|instructions)\b|\bso\s+(?:that\s+)?(?:you|your\s+\w+)\s+can\s+(?:start|begin|get\s+going|verify|check|review|work|use|compare)\b|\bfor\s+(?:you|your\s+team)\s+to\s+(?:start|begin|work|use|review|check)\b")]
    private static partial Regex AsAskedPattern();

    /// <summary>Whether the text says the material was asked for or is for the provider to work with.</summary>
    public static bool AsAsked(string text) => AsAskedPattern().IsMatch(Tokenizer.Fold(text));

    // "Forwarding the attached for your records only": shared, nothing to do with it.
    // ("No action needed" and the like are read from the whole message, NothingToDo.)
    [GeneratedRegex(@"\b(?:for\s+your\s+(?:records|information|files|reference)|fyi)\b")]
    private static partial Regex ForTheRecord();

    // "Just so you know where the call is coming from: … Nothing you need to do on our end.": said anywhere in the message,
    // not only beside the material ("fyi" there may be about one detail of it).
    [GeneratedRegex(@"\b(?:no\s+action\s+(?:is\s+)?(?:needed|required)|nothing\s+(?:for\s+you\s+)?to\s+do|nothing\s+(?:you\s+)?(?:need|have)\s+to\s+do|just\s+so\s+you\s+know)\b")]
    private static partial Regex NothingToDo();

    // "Quick one - do you publish the articles yourself?": the question after a lead-in and a colon or a dash.
    [GeneratedRegex(@":\s|\s[-\u2013\u2014]\s")]
    private static partial Regex LeadIn();

    // "If Lena emails her from the system, will it still reach her?": the condition before the question.
    // "In the style sheet you put together for us, are job titles capitalised…?": where the question is about, said first.
    [GeneratedRegex(@"^(?:if|in|on|for|about|regarding|with)\b[^,?]{3,80},\s*")]
    private static partial Regex IfFirst();

    // "Is that ok as long as the banner is announced as a dialog, or do we have to…?": a direct question on the work,
    // which an included support deliverable answers (docs/asks.md). Questions of courtesy are kept out (SmallTalk).
    // "…, they will make again a valuation or not?": a yes-no question in a non-native word order.
    private static readonly Regex DirectQuestion = new(@"^(?:is|are|am|do|does|should|shall|must|can|could|would|will|what|how|why|which|where|who|when)\b[^?]*\b(?:we|i|our|my|it|this|that|they|these|those|he|she|him|her|us|me|one)\b[^?]*\?\s*$|^(?:what(?:'s|\s+is)|which\s+is|is\s+it)\s+(?:actually\s+|really\s+)?(?:worth|best|better|safe|ok|okay|normal|the\s+best)\b[^?]*\?\s*$|\b(?:we|i|it|they|he|she|you)\b[^?]*\bor\s+not\s*\?\s*$" +
        // "…after the long run should I be icing it?", "…too cold. are we meant to pour it straight away?": the client's own
        // next step asked mid-sentence; "should 'Röstgrad' be 'roast level' or 'roast degree'?": an either-or on the work.
        @"|\b(?:should|shall|must|do|am|are)\s+(?:i|we)\b[^?]*\?\s*$|^(?:should|is|are|do|does)\b[^?]*\bor\b[^?]*\?\s*$", RegexOptions.CultureInvariant);

    /// <summary>Whether the sentence hands over material ("Photo attached"), not only introduces a list.</summary>
    public static bool HandsOver(string sentence) => HandingOver.IsMatch(Tokenizer.Fold(sentence));

    /// <summary>"Photo attached… Do you know what causes this?": the first direct question on the work, wherever it stands.</summary>
    public static string? FirstQuestion(IReadOnlyList<SentenceSplitter.Sentence> sentences) =>
        sentences.Select(s => s.Text).FirstOrDefault(text => AsksDirectly(Tokenizer.Fold(text), text));

    // "One thing I keep getting confused about: am I meant to breathe in or out?": the question after a lead-in.
    private static bool AsksDirectly(string folded, string text) =>
        DirectQuestion.IsMatch(IfFirst().Replace(LeadIn().Split(folded)[^1].Trim(), string.Empty)) && !SmallTalk.IsIn(text);

    /// <summary>
    /// The first sentence that hands over material, asks about status or proposes a day, with its neighbours (where the
    /// deliverable is often named); failing those, the first line that introduces a list, alone; failing that, the first
    /// direct question on the work (kind "question"), which only an included support deliverable makes an ask.
    /// </summary>
    public static (string Sentence, string Kind, string Around)? Find(IReadOnlyList<SentenceSplitter.Sentence> sentences)
    {
        (string Sentence, string Kind, string Around)? lead = null;
        string? question = null;
        // Each sentence folded once: the whole message is read for "nothing to do", and a status line with the sentence after it.
        var folds = sentences.Select(s => Tokenizer.Fold(s.Text)).ToArray();
        var forTheRecord = folds.Any(f => NothingToDo().IsMatch(f));
        for (var i = 0; i < sentences.Count; i++)
        {
            var folded = folds[i];
            // "Where are things with the version we sent over?" asks where the work stands; the handing over is past.
            var kind = StatusWords.AreAsked(folded, i + 1 < folds.Length ? folds[i + 1] : null) ? "status"
                : HandingOver.IsMatch(folded) && !forTheRecord && !ForTheRecord().IsMatch(folded) ? "handover"
                : (BookingProposal.IsMatch(folded) && (DayOrTime.IsIn(folded) || (i > 0 && DayOrTime.IsIn(sentences[i - 1].Text)))) ||
                  (WhenSuits.IsMatch(folded) && folded.TrimEnd().EndsWith('?')) ? "booking"
                : null;
            if (kind is null && question is null && AsksDirectly(folded, sentences[i].Text))
            {
                question = sentences[i].Text;
            }

            if (kind is null && lead is null && !forTheRecord && i + 1 < sentences.Count && sentences[i].Text.TrimEnd().EndsWith(':'))
            {
                // "All set for the regulation on Wednesday 2 December:" over the gate code and who lets you in: a
                // line that introduces a list hands over what follows, for the deliverable that line itself names.
                lead = (sentences[i].Text, "handover", sentences[i].Text);
            }

            if (kind is not null)
            {
                // "…to meet about the design - the second meeting. We are free Saturday 28 November. Which is better for
                // you?": a choice between days reaches back past the days offered to what they are for.
                var back = kind == "booking" && i > 1 && !DayOrTime.IsIn(folded) ? 2 : 1;
                var around = string.Join(' ', sentences.Skip(Math.Max(0, i - back)).Take(Math.Min(i, back) + 2).Select(s => s.Text));
                return (sentences[i].Text, kind, around);
            }
        }

        return lead ?? (question is null ? null : (question, "question", question));
    }
}
