using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Evaluation;

/// <summary>
/// The figures of one trade (or of several pooled): flag precision/recall/F1, verdict accuracy and
/// matched-item accuracy.
/// </summary>
/// <remarks>
/// The corpora label each message's verdict only, not the item it asks for, so the matched item is
/// checked where the label and the book decide it: an <c>over_quota</c> message must have matched a
/// deliverable of the client's own package with fewer units left than asked (and, when only one such
/// deliverable is used up, that one); an <c>outside_expertise</c> message a referral (the named one when
/// the book has one referral); an <c>out_of_scope</c> message an add-on, another package's deliverable or
/// nothing. In-scope and no-request messages are not counted. A proxy, stated as such in docs/judgement.md.
/// </remarks>
public sealed class TradeScore
{
    // MAILSCOPE_EVIDENCE=1: each judged line also shows the evidence the confidence weighed, for studying where it misleads.
    private static readonly bool PrintEvidence = Environment.GetEnvironmentVariable("MAILSCOPE_EVIDENCE") == "1";

    public BinaryScore Flagged { get; } = new();

    public int Messages { get; private set; }

    public int VerdictsRight { get; private set; }

    public int ItemsChecked { get; private set; }

    public int ItemsRight { get; private set; }

    public double VerdictAccuracy => Messages == 0 ? 0 : (double)VerdictsRight / Messages;

    public double ItemAccuracy => ItemsChecked == 0 ? 0 : (double)ItemsRight / ItemsChecked;

    public List<string> Misses { get; } = [];

    /// <summary>Every message, right or wrong, in the misses' format: for reading what a reason covers.</summary>
    public List<string> Judged { get; } = [];

    /// <summary>Messages whose matched item is checked and wrong: what the user would be shown instead.</summary>
    public List<string> ItemMisses { get; } = [];

    /// <summary>Messages where the semantic signal named an item of some ask: right or wrong, and why.</summary>
    public List<string> SemanticCalls { get; } = [];

    public void Add(string source, string expected, MessageJudgement judgement, ScopeBook book, Client? client)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        ArgumentNullException.ThrowIfNull(book);
        var predicted = judgement.Verdict.ToWire();
        Messages++;
        Flagged.Add(expected is "over_quota" or "out_of_scope" or "outside_expertise", judgement.Flagged);
        VerdictsRight += predicted == expected ? 1 : 0;
        if (ItemRight(expected, judgement, book, client) is { } right)
        {
            ItemsChecked++;
            ItemsRight += right ? 1 : 0;
            if (!right)
            {
                var shown = Shown(expected, judgement);
                ItemMisses.Add($"{source}: expected {expected}, got {predicted}; shown {shown?.Match.Kind.ToString() ?? "-"} {shown?.Match.Id ?? "-"} for \"{shown?.Text ?? "-"}\"");
            }
        }

        foreach (var r in judgement.Requests.Where(q => q.Match.Similarity is not null))
        {
            SemanticCalls.Add($"{(predicted == expected ? "right" : "WRONG")} {source}: expected {expected}, got {predicted}; ask {r.Verdict.ToWire()}{(r.Uncertain ? " (uncertain)" : "")} \"{r.Text}\" -> {r.Match.Kind} {r.Match.Id} ({r.Match.Similarity:0.00}, lead {r.Match.SimilarityMargin:0.00})");
        }

        var shownAsk = judgement.Requests.FirstOrDefault(r => r.Verdict == judgement.Verdict);
        var ask = shownAsk?.Text ?? "-";
        // The strength of the match and the confidence of the ask behind the verdict: where word matches are thin.
        var line = $"{source}: expected {expected}, got {predicted} ({judgement.Reason}) \"{ask}\"" +
                   (shownAsk is null ? string.Empty : $" [strength {shownAsk.Match.Strength}, confidence {shownAsk.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}, unexplained {Unexplained(shownAsk)}]" +
                     (PrintEvidence && shownAsk.Evidence is { } evidence ? $" {{{string.Join(' ', evidence.Keys)}}} on='{shownAsk.Match.MatchedOn}' sentence='{shownAsk.Text}'" : string.Empty));
        Judged.Add(line);
        if (predicted != expected)
        {
            Misses.Add(line);
        }
    }

    // Concrete words of the ask that the matched item's name and phrase do not hold.
    private static int Unexplained(RequestJudgement r)
    {
        var item = MailScope.Core.Language.Tokenizer.Tokenize($"{r.Match.Name} {r.Match.MatchedOn}").Select(t => t.Key).ToHashSet();
        return MailScope.Core.Language.Tokenizer.Tokenize(r.Text)
            .Where(t => MailScope.Core.Language.ObjectWords.IsConcrete(t) && !MailScope.Core.Language.Lexicon.Activities.Contains(t.Key) && !item.Contains(t.Key))
            .Select(t => t.Key).Distinct().Count();
    }

    public void AddAll(TradeScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Flagged.AddAll(other.Flagged);
        Messages += other.Messages;
        VerdictsRight += other.VerdictsRight;
        ItemsChecked += other.ItemsChecked;
        ItemsRight += other.ItemsRight;
        Misses.AddRange(other.Misses);
        Judged.AddRange(other.Judged);
        ItemMisses.AddRange(other.ItemMisses);
        SemanticCalls.AddRange(other.SemanticCalls);
    }

    private static bool? ItemRight(string expected, MessageJudgement judgement, ScopeBook book, Client? client)
    {
        if (client is null || book.FindPackage(client.PackageId) is not { } package)
        {
            return null;
        }

        var r = Shown(expected, judgement);
        var match = r?.Match ?? ScopeMatch.Nothing;
        switch (expected)
        {
            case "over_quota":
                var usedUp = package.Deliverables.Where(d => d.Quantity is { } q && q - client.UsedOf(d.Id) <= 0).Select(d => d.Id).ToList();
                if (match.Kind != MatchKind.Deliverable || package.FindDeliverable(match.Id!) is not { Quantity: { } quantity } d)
                {
                    return false;
                }

                return usedUp.Count == 1 ? match.Id == usedUp[0] : quantity - client.UsedOf(d.Id) < (r?.Quantity ?? 1);
            case "outside_expertise":
                return match.Kind == MatchKind.Referral && (book.Provider.Referrals.Count != 1 || match.Id == book.Provider.Referrals[0].Name);
            case "out_of_scope":
                return match.Kind is MatchKind.AddOn or MatchKind.Package or MatchKind.None;
            default:
                return null;
        }
    }

    // The request that carries the expected verdict, or else the first one: what the user is shown.
    private static RequestJudgement? Shown(string expected, MessageJudgement judgement) =>
        judgement.Requests.FirstOrDefault(q => q.Verdict.ToWire() == expected) ?? (judgement.Requests.Count > 0 ? judgement.Requests[0] : null);

    public string Line() =>
        $"P {Flagged.Precision,6:P1}  R {Flagged.Recall,6:P1}  F1 {Flagged.F1:F3}  verdict {VerdictAccuracy,6:P1}  item {ItemAccuracy,6:P1} ({ItemsRight}/{ItemsChecked})  n={Messages}";
}
