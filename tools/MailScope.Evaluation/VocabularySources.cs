namespace MailScope.Evaluation;

/// <summary>The texts a distilled vocabulary is drawn from: the labelled corpora (mail and books), the knowledge files, the Enron training file.</summary>
public static class VocabularySources
{
    private static readonly string[] Corpora = ["corpus", "corpus-heldout", "corpus-recurring"];

    public static IEnumerable<string> Texts(string root)
    {
        var folders = Corpora.Select(f => Path.Combine(root, "tests", f)).Where(Directory.Exists);
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
                     .Where(f => f.EndsWith(".eml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return File.ReadAllText(file);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "Core", "Knowledge"), "*.txt").Order(StringComparer.Ordinal))
        {
            yield return File.ReadAllText(file);
        }

        yield return File.ReadAllText(Path.Combine(root, "tests", "data", "parakweet-email-intent", "Ask0729-fixed.txt"));
    }
}
