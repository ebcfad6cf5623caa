using MailScope.Core.Insights;
using MailScope.Core.Judgement;
using MailScope.Core.Matching;

namespace MailScope.Worker.Sync;

/// <summary>The asks of a judgement as the store keeps them for reports: verdict, matched item and kind, topic.</summary>
internal static class InsightAsks
{
    public static IReadOnlyList<RecordedAsk> Of(MessageJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        return [.. judgement.Requests.Select(r => new RecordedAsk(
            r.Verdict.ToWire(),
            r.Match.Kind == MatchKind.None ? null : r.Match.DeliverableId ?? r.Match.Id,
            KindOf(r.Match.Kind),
            AskTopic.KeyOf(r.Text),
            r.Text))];
    }

    private static string KindOf(MatchKind kind) => kind switch
    {
        MatchKind.Deliverable => "deliverable",
        MatchKind.AddOn => "addon",
        MatchKind.Package => "package",
        MatchKind.Referral => "referral",
        _ => "none",
    };
}
