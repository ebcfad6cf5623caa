using MailScope.Core.Adjudication;
using MailScope.Core.Agreements;
using MailScope.Core.Judgement;

namespace MailScope.Infrastructure.Adjudication;

/// <summary>
/// What the hosts call after judging a message: the adjudicator's second opinion on uncertain asks when one is
/// configured, otherwise the judgement unchanged.
/// </summary>
public sealed class SecondOpinion(JudgementAdjudication? adjudication)
{
    public static SecondOpinion None { get; } = new(null);

    public bool Enabled => adjudication is not null;

    public Task<MessageJudgement> ApplyAsync(MessageJudgement judgement, ScopeJudge judge, AgreementSnapshot snapshot, DateOnly asOf, CancellationToken cancellationToken) =>
        adjudication is null ? Task.FromResult(judgement) : adjudication.ApplyAsync(judgement, judge, snapshot, asOf, cancellationToken);
}
