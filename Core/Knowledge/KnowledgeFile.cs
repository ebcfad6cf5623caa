using System.Reflection;

namespace MailScope.Core.Knowledge;

/// <summary>
/// Reads the engine's knowledge — word lists, cue lists, trained weights — from the data files embedded
/// under <c>Core/Knowledge/</c>, so vocabulary is versioned as data rather than written into code.
/// </summary>
internal static class KnowledgeFile
{
    private static readonly Assembly Assembly = typeof(KnowledgeFile).Assembly;

    /// <summary>The names of every embedded knowledge file (for tests that check each one).</summary>
    public static IEnumerable<string> Names =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]);

    private const string Prefix = "MailScope.Core.Knowledge.";

    /// <summary>The whole text of an embedded file such as <c>stop-words.txt</c>.</summary>
    public static string Text(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name) ?? throw new InvalidOperationException($"Knowledge file {name} is not embedded in MailScope.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The bytes of an embedded binary file (trained weights).</summary>
    public static byte[] Bytes(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name) ?? throw new InvalidOperationException($"Knowledge file {name} is not embedded in MailScope.Core.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// The entries of a list file: one a line, trimmed; blank lines and lines starting with <c>#</c> are
    /// comments (each file says where its words come from and what they are for).
    /// </summary>
    public static List<string> Lines(string name) =>
        Text(name).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>A file of regular-expression fragments as one non-capturing group of alternatives.</summary>
    public static string Alternation(string name) => "(?:" + string.Join('|', Lines(name)) + ")";

    /// <summary>
    /// A pattern whose <c>{file-name}</c> placeholders are filled with <see cref="Alternation"/> of that
    /// file (<c>{work-verbs}</c> → <c>work-verbs.txt</c>). Built once and interpreted, not compiled: compiling them
    /// cost each process ~0.1 s before its first judgement, and judging 10,000 messages was no faster for it
    /// (benchmarks/README.md, <c>ratios</c>).
    /// </summary>
    public static System.Text.RegularExpressions.Regex Pattern(string template, System.Text.RegularExpressions.RegexOptions options = System.Text.RegularExpressions.RegexOptions.None) =>
        new(Expand(template, depth: 0), options | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A file's fragments may name another list ("{relatives}" in swapped-person-or-place.txt); two levels are enough.
    private static string Expand(string template, int depth) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([a-z-]+)\}", m => depth < 2 ? Expand(Alternation(m.Groups[1].Value + ".txt"), depth + 1) : m.Value);
}
