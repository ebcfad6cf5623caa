namespace MailScope.Core.Language;

/// <summary>Whether a clause names a concrete thing ("a blog", "my taxes") rather than only generic words.</summary>
internal static class ObjectWords
{
    public static bool HasConcreteObject(string text) =>
        Tokenizer.Tokenize(text).Any(t => IsConcrete(t) && !Lexicon.Activities.Contains(t.Key));

    /// <summary>A word that can name a thing: not a stop word, number, qualifier or generic word.</summary>
    public static bool IsConcrete(Token t) =>
        t.Word.Length > 1 && !t.Word.All(char.IsDigit) && !Lexicon.StopWords.Contains(t.Word) &&
        !Lexicon.Qualifiers.Contains(t.Key) && !Lexicon.Generic.Contains(t.Key);
}
