using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Hosting;
using MailScope.Infrastructure.Semantic;

namespace MailScope.Worker.Tests.Semantic;

/// <summary>The real model (all-MiniLM-L6-v2 shipped in a package, offline): it loads lazily and knows meaning.</summary>
public class MiniLmEmbedderTests
{
    [Fact]
    public void The_model_loads_on_first_use_and_ranks_a_related_pair_above_an_unrelated_one()
    {
        using var embedder = new MiniLmEmbedder();
        Assert.False(embedder.Loaded);

        var v = embedder.Embed(["Could you clean the tartar off my dog's teeth?", "dental care", "website design"]);

        Assert.True(embedder.Loaded);
        Assert.All(v, x => Assert.Equal(384, x.Length));
        Assert.All(v, x => Assert.InRange(x.Sum(f => f * f), 0.99, 1.01));
        var related = Dot(v[0], v[1]);
        var unrelated = Dot(v[0], v[2]);
        Assert.True(related > unrelated + 0.1, $"related {related:F3}, unrelated {unrelated:F3}");
    }

    [Fact]
    public void The_factory_builds_a_judge_without_a_model_unless_the_setting_asks_for_one()
    {
        var book = ScopeBookLoader.LoadFile(RepoPaths.Of("samples", "scope-book.yaml"));
        Assert.Null(JudgeFactory.EmbedderFor(SemanticModel.Off));
        Assert.IsType<MiniLmEmbedder>(JudgeFactory.EmbedderFor(SemanticModel.MiniLm));

        // Off: the same judgement as the plain judge.
        var message = new InboundMessage { From = book.Clients[0].Emails.Count > 0 ? book.Clients[0].Emails[0] : "x@" + book.Clients[0].Domains[0], TextBody = "Could you also write a press release for us?" };
        var today = new DateOnly(2026, 11, 27);
        var off = JudgeFactory.Create(book, SemanticModel.Off).Judge(message, today);
        var plain = new ScopeJudge(book).Judge(message, today);
        Assert.Equal(plain.Verdict, off.Verdict);
        Assert.Equal(plain.Reason, off.Reason);
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
