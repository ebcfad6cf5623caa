using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Matching;

namespace MailScope.Core.Adjudication;

/// <summary>
/// Sends the asks the engine is unsure of (confidence below a line) to an <see cref="IAskAdjudicator"/> and
/// takes its verdict where it gives one; every other ask, and every ask it cannot answer, keeps the local verdict.
/// </summary>
public sealed class JudgementAdjudication(IAskAdjudicator adjudicator, double below)
{
    /// <summary>The asks below this confidence go to the adjudicator.</summary>
    public double Below { get; } = below;

    /// <summary>The judgement with the adjudicator's verdicts on its uncertain asks; usage as of <paramref name="asOf"/> from the snapshot.</summary>
    public async Task<MessageJudgement> ApplyAsync(MessageJudgement judgement, ScopeJudge judge, AgreementSnapshot snapshot, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        ArgumentNullException.ThrowIfNull(judge);
        if (judgement.ClientId is null || judgement.Requests.All(r => r.Confidence >= Below) ||
            judge.Book.Clients.FirstOrDefault(c => c.Id == judgement.ClientId) is not { } client)
        {
            return judgement;
        }

        var (lines, items) = AgreementLines.Of(judge, client, snapshot, asOf);
        var ids = items.Select(i => i.Id!).ToList();
        var requests = new List<RequestJudgement>(judgement.Requests.Count);
        var changed = false;
        foreach (var r in judgement.Requests)
        {
            if (r.Confidence >= Below ||
                await adjudicator.AdjudicateAsync(new AdjudicationQuestion(r.Text, lines, ids, r.Verdict, r.Confidence), cancellationToken).ConfigureAwait(false) is not { } answer ||
                answer.Verdict is Verdict.NotAClient)
            {
                requests.Add(r);
                continue;
            }

            changed = true;
            var match = answer.ItemId is { } id && r.Match.Id != id && items.FirstOrDefault(i => i.Id == id) is { } item ? item : r.Match;
            requests.Add(r with
            {
                Verdict = answer.Verdict,
                Match = match,
                Uncertain = false,
                Adjudicated = true,
                Reason = $"Second opinion (engine said {r.Verdict.ToWire()} at {r.Confidence:0.00}): {answer.Reason}",
            });
        }

        if (!changed)
        {
            return judgement;
        }

        // No ask left means no request; as the judge does, an uncertain ask never decides the message's verdict.
        var asks = requests.Where(r => r.Verdict != Verdict.NoRequest).ToList();
        if (asks.Count == 0)
        {
            return judgement with { Verdict = Verdict.NoRequest, Requests = asks, Reason = "No request for work in the new text (second opinion)." };
        }

        var strongest = asks.MaxBy(r => r.Uncertain ? Verdict.InScope : r.Verdict)!;
        return judgement with { Verdict = strongest.Uncertain ? Verdict.InScope : strongest.Verdict, Requests = asks, Reason = strongest.Reason };
    }
}
