using MailScope.Core.Agreements;
using MailScope.Core.Asks;
using MailScope.Core.Language;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Judgement;

/// <summary>
/// "Could you come and look at it once more?" when several allowances are used up: the one the ask most likely
/// means, so the reply can name it. Scored by the words the ask and the sentence before it share with each item's
/// name, unit and aliases; an item is named only when it alone scores best, otherwise none is.
/// </summary>
internal static class UsedUpChoice
{
    public static ScopeMatch? Likeliest(IReadOnlyList<AgreedItem> usedUp, DetectedAsk ask, ScopeBook book)
    {
        if (usedUp.Count == 1)
        {
            return AsMatch(usedUp[0]);
        }

        var said = Lexicon.NamingKeys(ask.Context is null ? ask.Sentence : ask.Sentence + " " + ask.Context);
        AgreedItem? best = null;
        var bestScore = 0;
        var tied = false;
        foreach (var item in usedUp)
        {
            var aliases = book.Packages.Select(p => p.FindDeliverable(item.Id)).FirstOrDefault(d => d is not null)?.Aliases ?? [];
            var named = Lexicon.NamingKeys(string.Join(' ', [item.Name, item.Unit ?? "", item.Id.Replace('-', ' '), .. aliases]));
            var score = named.Count(said.Contains);
            if (score > bestScore)
            {
                (best, bestScore, tied) = (item, score, false);
            }
            else if (score == bestScore && score > 0)
            {
                tied = true;
            }
        }

        return best is not null && !tied ? AsMatch(best) : null;
    }

    private static ScopeMatch AsMatch(AgreedItem item) => new(MatchKind.Deliverable, item.Id, item.Name, null);
}
