using MailScope.Core.Knowledge;
using MailScope.Core.Language;

namespace MailScope.Core.Tests.Knowledge;

/// <summary>
/// Every pair in words-alike.txt is one the matcher would otherwise take for the same word: the longer key begins with the
/// shorter, which is long enough to stand for it (five letters), and the lexicon keeps them apart.
/// </summary>
public class WordsAlikeFileTests
{
    public static TheoryData<string, string> Pairs()
    {
        var pairs = new TheoryData<string, string>();
        foreach (var line in KnowledgeFile.Lines("words-alike.txt"))
        {
            var sides = line.Split(':', 2);
            foreach (var longer in sides[0].Split(','))
            {
                foreach (var shorter in sides[1].Split(','))
                {
                    pairs.Add(longer.Trim(), shorter.Trim());
                }
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_pair_only_looks_alike_to_the_matcher(string longer, string shorter)
    {
        var (longKey, shortKey) = (Lexicon.KeyOf(longer), Lexicon.KeyOf(shorter));
        Assert.StartsWith(shortKey, longKey, StringComparison.Ordinal);
        Assert.True(shortKey.Length >= 5, $"'{shorter}' ({shortKey}) is too short for prefix matching; the entry changes nothing.");
        Assert.True(Lexicon.OnlyLooksLike(longKey, shortKey));
    }
}
