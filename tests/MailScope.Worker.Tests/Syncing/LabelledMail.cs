using MimeKit;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>A labelled corpus trade: its scope book and its messages with the verdict a person gave each.</summary>
internal sealed record LabelledMail(string ScopeBook, IReadOnlyList<(MimeMessage Message, string Verdict)> Messages)
{
    private static readonly HashSet<string> FlaggedVerdicts = ["over_quota", "out_of_scope", "outside_expertise"];

    public static LabelledMail Load(string trade)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "corpus", trade);
        var labels = File.ReadLines(Path.Combine(folder, "labels.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => p[1]);
        var messages = labels.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => (MimeMessage.Load(Path.Combine(folder, "mail", l.Key)), l.Value))
            .ToList();
        return new LabelledMail(Path.Combine(folder, "scope.yaml"), messages);
    }

    public static bool IsFlagged(string verdict) => FlaggedVerdicts.Contains(verdict);

    /// <summary>The corpus repeated with fresh Message-IDs until there are <paramref name="count"/> messages.</summary>
    public IReadOnlyList<(MimeMessage Message, string Verdict)> Repeated(int count)
    {
        var result = new List<(MimeMessage, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var (message, verdict) = Messages[i % Messages.Count];
            var copy = MimeMessage.Load(new MemoryStream(Serialize(message)));
            copy.MessageId = $"copy{i}.{Guid.NewGuid():N}@test.example";
            result.Add((copy, verdict));
        }

        return result;
    }

    private static byte[] Serialize(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
