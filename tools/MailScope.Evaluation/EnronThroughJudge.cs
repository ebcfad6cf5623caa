using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;

namespace MailScope.Evaluation;

/// <summary>
/// Request detection on the Parakweet test file through the whole judgement, as `scan` would see it:
/// each sentence is a client's message to a book with one generic package; "Yes" when the message is
/// judged to hold any ask (any verdict but no_request).
/// </summary>
public static class EnronThroughJudge
{
    private const string Book = """
        provider:
          name: Generic Provider
          email: provider@example.com
          currency: USD
        packages:
          - id: general
            name: General services
            price: 1000
            deliverables:
              - id: work
                name: Professional services
        clients:
          - id: client
            name: A Client
            emails: [client@example.com]
            package: general
        """;

    /// <summary>Judges every sentence of the file at <paramref name="path"/> with the judge <paramref name="judgeFor"/> builds, on <paramref name="today"/>.</summary>
    /// <param name="path">The Parakweet file: "Yes" or "No", a tab, the sentence.</param>
    /// <param name="judgeFor">Builds the judge for the generic book.</param>
    /// <param name="today">The date the judgement is made on.</param>
    /// <param name="misses">When given, each sentence judged wrong is written there as "FN"/"FP", a tab and the sentence.</param>
    public static BinaryScore Run(string path, Func<ScopeBook, ScopeJudge> judgeFor, DateOnly today, TextWriter? misses = null)
    {
        ArgumentNullException.ThrowIfNull(judgeFor);
        var judge = judgeFor(ScopeBookLoader.Load(Book, "enron-generic.yaml"));
        var score = new BinaryScore();
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                continue;
            }

            var expected = line[..tab].Trim().Equals("Yes", StringComparison.OrdinalIgnoreCase);
            var message = new InboundMessage { From = "client@example.com", Subject = "Enron", TextBody = line[(tab + 1)..] };
            var found = judge.Judge(message, today).Verdict != Verdict.NoRequest;
            score.Add(expected, found);
            if (expected != found)
            {
                misses?.WriteLine($"{(expected ? "FN" : "FP")}\t{line[(tab + 1)..]}");
            }
        }

        return score;
    }
}
