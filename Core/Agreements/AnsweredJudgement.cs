using MailScope.Core.Judgement;

namespace MailScope.Core.Agreements;

/// <summary>
/// The judgement of a client's answer to a quote: the sentences that accept or decline it ("yes — let's do
/// the upgrade") are the answer, not new asks; every other ask in the message is judged as usual.
/// </summary>
public static class AnsweredJudgement
{
    /// <summary>The judgement without the asks that are the answer itself; no_request when nothing else is asked.</summary>
    public static MessageJudgement Without(MessageJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        var requests = judgement.Requests.Where(r => QuoteAnswerReader.ReadNewText(r.Text) == QuoteAnswer.None).ToList();
        if (requests.Count == judgement.Requests.Count)
        {
            return judgement;
        }

        if (requests.Count == 0)
        {
            return judgement with { Verdict = Verdict.NoRequest, Requests = requests, Reason = "It answers a quote and asks for nothing else." };
        }

        // As the judge does: an uncertain ask never decides the message's verdict.
        var strongest = requests.MaxBy(r => r.Uncertain ? Verdict.InScope : r.Verdict)!;
        return judgement with { Verdict = strongest.Uncertain ? Verdict.InScope : strongest.Verdict, Requests = requests, Reason = strongest.Reason };
    }
}
