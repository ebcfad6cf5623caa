namespace MailScope.Core.Language;

/// <summary>Whether a clause names a concrete thing ("a blog", "my taxes") rather than only generic words.</summary>
internal static class ObjectWords
{
    public static bool HasConcreteObject(string text) =>
        Tokenizer.Tokenize(text).Any(t => IsConcrete(t) && !Lexicon.Activities.Contains(t.Key));

    /// <summary>A word that can name a thing: not a stop word, number, qualifier or generic word.</summary>
    public static bool IsConcrete(Token t) =>
        IsConcreteWord(t.Word) && !Lexicon.StopWords.Contains(t.Word) && IsThingKey(t.Key);

    /// <summary>A stem that can name a thing: not a qualifier ("bigger", "cm") or a generic word ("thing").</summary>
    public static bool IsThingKey(string key) => !Lexicon.Qualifiers.Contains(key) && !Lexicon.Generic.Contains(key);

    /// <summary>Longer than one letter and not a bare number.</summary>
    public static bool IsConcreteWord(string word) => word.Length > 1 && !word.All(char.IsDigit);
}
