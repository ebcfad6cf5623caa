using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Matching;

public class SemanticMatcherTests
{
    private const string Book = """
        provider:
          name: P
          email: p@example.com
          currency: USD
          expertise: [dog training, puppy classes]
          referrals:
            - { name: Vet Clinic, email: vet@example.com, expertise: [dental care, vaccinations] }
        packages:
          - id: pack
            name: Pack
            price: 100
            deliverables:
              - { id: session, name: Training session, quantity: 6, aliases: [session, lesson] }
        addons:
          - { id: groom, name: Grooming appointment, price: 50, aliases: [grooming, trim] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: pack, used: { session: 6 } }
        """;

    // The meanings a real model would know and the lexical matcher does not.
    private static readonly Dictionary<string, string> Concepts = new(StringComparer.Ordinal)
    {
        ["teeth"] = "dental",
        ["tartar"] = "dental",
        ["scrape"] = "care",
        ["clean"] = "care",
        ["fur"] = "grooming",
        ["haircut"] = "grooming",
    };

    private static readonly DateOnly Today = new(2026, 11, 27);

    private static readonly SemanticLines Lines = SemanticLines.Off with { Unmatched = 0.3, UnmatchedMargin = 0.05, Override = 0.3, OverrideMargin = 0.1 };

    private static MessageJudgement Judge(string text, ITextEmbedder? embedder, SemanticLines? lines = null) =>
        new ScopeJudge(ScopeBookLoader.Load(Book, "book.yaml"), JudgementOptions.Default with { Embedder = embedder, SemanticLines = lines ?? Lines })
            .Judge(new InboundMessage { From = "c@example.com", TextBody = text }, Today);

    [Fact]
    public void The_matcher_ranks_every_item_of_the_book_by_meaning_with_a_margin()
    {
        var book = ScopeBookLoader.Load(Book, "book.yaml");
        var matcher = new SemanticMatcher(book, new ConceptEmbedder(Concepts));
        var scope = MatchScope.Of(book.Packages[0]);

        var ranking = matcher.Rank("could you scrape the tartar off her teeth", scope);

        Assert.Equal(MatchKind.Referral, ranking.Best!.Match.Kind);
        Assert.Equal("Vet Clinic", ranking.Best.Match.Id);
        Assert.InRange(ranking.Margin, 0.01, 1);
        Assert.Equal(ranking.Candidates.Count, ranking.Candidates.Select(c => c.Match.Kind + ":" + c.Match.Id).Distinct().Count());
        Assert.Contains(ranking.Candidates, c => c.IsProviderExpertise);
    }

    [Fact]
    public void The_book_side_is_embedded_once_and_shared_by_every_ask()
    {
        var book = ScopeBookLoader.Load(Book, "book.yaml");
        var embedder = new ConceptEmbedder(Concepts);
        var matcher = new SemanticMatcher(book, embedder);
        var scope = MatchScope.Of(book.Packages[0]);

        matcher.Rank("one", scope);
        matcher.Rank("two", scope);

        Assert.Equal(3, embedder.Calls); // the book once, then one call per ask
    }

    [Fact]
    public void A_concrete_ask_that_matches_no_word_of_the_book_takes_the_item_closest_in_meaning()
    {
        const string text = "Could you scrape the tartar away?"; // no field word: "teeth" would reach the vet lexically (fields.txt)
        var lexical = Judge(text, embedder: null);
        var semantic = Judge(text, new ConceptEmbedder(Concepts));

        Assert.Equal(Verdict.OutOfScope, lexical.Verdict);
        Assert.Equal(Verdict.OutsideExpertise, semantic.Verdict);
        var ask = Assert.Single(semantic.Requests);
        Assert.Equal("Vet Clinic", ask.Match.Id);
        Assert.NotNull(ask.Match.Similarity);
        Assert.Contains("semantic match", ask.Reason, StringComparison.Ordinal);
        Assert.Equal(1.0, ask.Evidence!["semantic"]);
    }

    [Fact]
    public void Below_the_line_the_lexical_verdict_stands()
    {
        const string text = "Could you scrape the tartar away?"; // no field word: "teeth" would reach the vet lexically (fields.txt)
        var strict = Judge(text, new ConceptEmbedder(Concepts), Lines with { Unmatched = 0.99 });

        Assert.Equal(Verdict.OutOfScope, strict.Verdict);
        Assert.Null(Assert.Single(strict.Requests).Match.Similarity);
    }

    [Fact]
    public void A_lexical_item_close_in_meaning_is_kept()
    {
        // "one more lesson" names the used-up session lexically; the add-on is no closer in meaning.
        var judgement = Judge("Could we book one more lesson next week?", new ConceptEmbedder(Concepts));

        Assert.Equal(Verdict.OverQuota, judgement.Verdict);
        Assert.Null(Assert.Single(judgement.Requests).Match.Similarity);
    }

    [Fact]
    public void Switched_off_the_model_is_never_asked_and_nothing_changes()
    {
        var embedder = new ConceptEmbedder(Concepts);
        string[] texts = ["Could you scrape the tartar off her teeth?", "Could we book one more lesson next week?", "Can you trim her fur?", "Thanks for today!"];
        foreach (var text in texts)
        {
            var off = Judge(text, embedder, SemanticLines.Off);
            var none = Judge(text, embedder: null);
            Assert.Equal(none.Verdict, off.Verdict);
            Assert.Equal(none.Requests.Select(r => (r.Verdict, r.Match, r.Reason, r.Confidence)), off.Requests.Select(r => (r.Verdict, r.Match, r.Reason, r.Confidence)));
        }

        Assert.Equal(0, embedder.Calls);
    }
}
