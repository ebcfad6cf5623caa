using MailScope.Core.Agreements;
using MailScope.Core.Asks;
using MailScope.Core.Judgement;
using MailScope.Core.Language;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Zoning;

namespace MailScope.Evaluation;

/// <summary>Shows each step of the judgement for one text: sentences, cues, spans and matches (for tuning).</summary>
public static class Explain
{
    public static void Run(string bookPath, string clientId, string text, TextWriter output)
    {
        var book = ScopeBookLoader.LoadFile(bookPath);
        var client = book.Clients.SingleOrDefault(c => c.Id == clientId);
        if (client is null)
        {
            output.WriteLine($"No client '{clientId}' in {bookPath}; its clients: {string.Join(", ", book.Clients.Select(c => c.Id))}.");
            return;
        }

        var package = book.FindPackage(client.PackageId)!;
        var index = new ScopeIndex(book);
        var today = new DateOnly(2026, 11, 27);
        var sentences = SentenceSplitter.Split(NewTextExtractor.Extract(text, null));
        foreach (var sentence in sentences)
        {
            output.WriteLine($"sentence: {sentence.Text}" + (sentence.Lead is null ? "" : $"   (lead: {sentence.Lead})") + $"   [p {AskModel.Shipped.Probability(sentence.Text):F2}]");
            foreach (var ask in AskDetector.Detect([sentence]))
            {
                var match = index.Match(ask.Span, package);
                output.WriteLine($"  ask [{ask.CueKind}] logistics={ask.Logistics} span='{ask.Span}' -> {match.Kind} {match.Id} via '{match.MatchedOn}' strength {match.Strength}");
                output.WriteLine($"  keys (* concrete): {string.Join(' ', Tokenizer.Tokenize(ask.Span).Select(t => t.Key + (ObjectWords.IsConcrete(t) && !Lexicon.Activities.Contains(t.Key) ? "*" : "")))}");
            }
        }

        // The asks as the judge sees them, across sentences: with the sentence before as context.
        var resolver = new AskResolver(index);
        var scope = MatchScope.Of(AgreementBuilder.Build(book, client, AgreementSnapshot.Empty, today));
        foreach (var ask in AskDetector.Detect(sentences))
        {
            var resolved = resolver.Resolve(ask, null, scope);
            output.WriteLine($"  in context [{ask.CueKind}, logistics={ask.Logistics}, question={ask.Question}]: '{ask.Span}' (context: '{ask.Context}') -> {resolved?.Kind} {resolved?.Id} via '{resolved?.MatchedOn}'");
        }

        var judgement = new ScopeJudge(book).Judge(new Core.Messages.InboundMessage { From = client.Emails.Count > 0 ? client.Emails[0] : "x@" + client.Domains[0], TextBody = text }, today);
        output.WriteLine($"verdict: {judgement.Verdict.ToWire()} — {judgement.Reason}");
    }
}
