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

    public static BinaryScore Run(string path, Func<ScopeBook, ScopeJudge> judgeFor, DateOnly today)
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
            score.Add(expected, judge.Judge(message, today).Verdict != Verdict.NoRequest);
        }

        return score;
    }
}
