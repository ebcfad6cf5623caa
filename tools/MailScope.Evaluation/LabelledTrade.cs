using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;
using MailScope.Infrastructure.MailReading;

namespace MailScope.Evaluation;

/// <summary>
/// One labelled trade: a folder with <c>scope.yaml</c>, <c>mail/*.eml</c> and <c>labels.tsv</c> (file,
/// expected verdict), read once so leave-one-trade-out can judge it many times.
/// </summary>
public sealed record LabelledTrade(string Name, string Set, ScopeBook Book, IReadOnlyList<LabelledMessage> Messages)
{
    /// <summary>Every trade folder under the roots, in a stable order (set, then name).</summary>
    public static List<LabelledTrade> LoadAll(params (string Set, string Root)[] roots)
    {
        var trades = new List<LabelledTrade>();
        foreach (var (set, root) in roots)
        {
            foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal).Where(f => File.Exists(Path.Combine(f, "scope.yaml")) && File.Exists(Path.Combine(f, "labels.tsv"))))
            {
                trades.Add(Load(set, folder));
            }
        }

        return trades;
    }

    public static LabelledTrade Load(string set, string folder)
    {
        var book = ScopeBookLoader.LoadFile(Path.Combine(folder, "scope.yaml"));
        var labels = File.ReadLines(Path.Combine(folder, "labels.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var files = labels.Keys.Select(f => Path.Combine(folder, "mail", f)).Order(StringComparer.Ordinal);
        var messages = new List<LabelledMessage>();
        foreach (var item in MailInputs.Read(files, CancellationToken.None))
        {
            var message = item.Message ?? throw new InvalidDataException($"{item.Source}: {item.Error}");
            messages.Add(new LabelledMessage(Path.GetFileName(item.Source), labels[Path.GetFileName(item.Source)], message));
        }

        return new LabelledTrade(Path.GetFileName(folder), set, book, messages);
    }
}

/// <summary>One labelled message of a trade: its file name, the expected verdict (wire name) and the parsed mail.</summary>
public sealed record LabelledMessage(string File, string Expected, InboundMessage Message);
