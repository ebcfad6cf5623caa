using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;
using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Semantic;

namespace MailScope.Infrastructure.Hosting;

/// <summary>
/// The one place a host builds its judge from the settings, so the worker, the add-in and <c>scan</c> judge
/// alike for the same <c>MailScope:Judgement</c> settings.
/// </summary>
public static class JudgeFactory
{
    // One model per process, loaded on the first ask that needs it (the embedder is lazy).
    private static readonly Lazy<MiniLmEmbedder> MiniLm = new(() => new MiniLmEmbedder());

    public static ScopeJudge Create(ScopeBook book, SemanticModel semantic) =>
        new(book, JudgementOptions.Default with { Embedder = EmbedderFor(semantic) });

    public static ITextEmbedder? EmbedderFor(SemanticModel semantic) => semantic switch
    {
        SemanticModel.MiniLm => MiniLm.Value,
        _ => null,
    };
}
