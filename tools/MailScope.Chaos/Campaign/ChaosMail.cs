using MimeKit;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// Client mail for a campaign: the labelled career-coach corpus repeated with fresh Message-IDs (each
/// campaign its own, so runs never see each other's mail) and its scope book.
/// </summary>
public sealed class ChaosMail
{
    private readonly List<byte[]> _originals;

    private ChaosMail(string scopeBook, List<byte[]> originals)
    {
        ScopeBook = scopeBook;
        _originals = originals;
    }

    public string ScopeBook { get; }

    /// <summary>The date every worker and scan of the campaign judges on, so results are reproducible.</summary>
    public const string Today = "2026-11-27";

    public static ChaosMail Load(string trade = "career-coach")
    {
        var folder = RepoPaths.Of("tests", "corpus", trade);
        var files = File.ReadLines(Path.Combine(folder, "labels.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')[0])
            .Order(StringComparer.Ordinal)
            .Select(name => File.ReadAllBytes(Path.Combine(folder, "mail", name)))
            .ToList();
        return new ChaosMail(Path.Combine(folder, "scope.yaml"), files);
    }

    /// <summary><paramref name="count"/> messages, the corpus repeated, each with a Message-ID of its own.</summary>
    public IReadOnlyList<MimeMessage> Generate(int count, string tag)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var result = new List<MimeMessage>(count);
        for (var i = 0; i < count; i++)
        {
            var copy = MimeMessage.Load(new MemoryStream(_originals[i % _originals.Count]));
            copy.MessageId = $"{tag}{i}.{run}@chaos.example";
            result.Add(copy);
        }

        return result;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
