using System.Text;
using MailScope.Core.Language;

namespace MailScope.Core.Asks;

/// <summary>
/// Turns a sentence into hashed sparse features for the learned ask detector: words, word pairs, the
/// first and last word, the request cues that fire, and the sentence's shape (question mark, length).
/// Hashed so the model is a fixed-size weight table with no vocabulary of its own.
/// </summary>
internal static class AskFeatures
{
    public const int Buckets = 1 << 16;

    public static List<int> Of(string sentence)
    {
        var folded = Tokenizer.Fold(sentence);
        var words = Tokenizer.Tokenize(folded).Select(t => t.Word).ToList();
        var features = new List<int>(words.Count * 2 + 8) { Hash("bias") };
        for (var i = 0; i < words.Count; i++)
        {
            features.Add(Hash("w:" + words[i]));
            features.Add(Hash("b:" + (i == 0 ? "^" : words[i - 1]) + " " + words[i]));
        }

        if (words.Count > 0)
        {
            features.Add(Hash("first:" + words[0]));
            features.Add(Hash("last:" + words[^1]));
        }

        foreach (var (name, _) in RequestCues.FindAll(folded))
        {
            features.Add(Hash("cue:" + name));
        }

        features.Add(Hash(folded.TrimEnd().EndsWith('?') ? "shape:question" : "shape:statement"));
        features.Add(Hash("len:" + Math.Min(words.Count / 5, 8)));
        return features;
    }

    private static int Hash(string feature)
    {
        // FNV-1a: stable across runs and platforms, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(feature))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % Buckets);
    }
}
