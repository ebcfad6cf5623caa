using MailScope.Core.Language;

namespace MailScope.Core.Matching;

/// <summary>
/// One way an item can be named (its name, an alias, its id), reduced to canonical keys. The required
/// keys are its things ("resume", "logo"); activities and qualifiers only add to the score.
/// </summary>
internal sealed class ScopePhrase
{
    private ScopePhrase(string text, string[] required, string[] all)
    {
        Text = text;
        Required = required;
        All = all;
    }

    public string Text { get; }

    public string[] Required { get; }

    public string[] All { get; }

    public static ScopePhrase? From(string text, bool headOnly)
    {
        var tokens = Tokenizer.Tokenize(text.Replace('-', ' ').Replace('_', ' '));
        if (headOnly)
        {
            var cut = tokens.FindIndex(t => Lexicon.HeadBreakers.Contains(t.Word));
            if (cut > 0)
            {
                tokens = tokens[..cut];
            }
        }

        var all = tokens.Where(t => !Lexicon.StopWords.Contains(t.Word) && !t.Word.All(char.IsDigit)).Select(t => t.Key).Distinct().ToArray();
        var things = all.Where(k => !Lexicon.Activities.Contains(k) && !Lexicon.Qualifiers.Contains(k)).ToArray();
        // Generic heads ("French version") leave the identifying word to decide, when there is one.
        var specific = things.Where(k => !Lexicon.Generic.Contains(k)).ToArray();
        var required = specific.Length > 0 ? specific : things.Length > 0 ? things : all.Where(k => !Lexicon.Qualifiers.Contains(k)).ToArray();

        // A phrase of qualifiers only ("extra hour", "last year") is matched as a whole.
        return required.Length > 0 ? new ScopePhrase(text, required, all) : all.Length > 0 ? new ScopePhrase(text, all, all) : null;
    }
}
