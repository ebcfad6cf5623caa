namespace MailScope.Infrastructure.Configuration;

/// <summary><c>MailScope:Judgement</c>: settings of the judgement that every host (worker, add-in, scan) applies alike.</summary>
public sealed class JudgementSettings
{
    /// <summary>
    /// The semantic signal beside the lexical match (docs/judgement.md, "Semantic matching"): <c>Off</c> (the
    /// default) or <c>MiniLm</c> (all-MiniLM-L6-v2, offline, loaded on the first ask that needs it).
    /// </summary>
    public SemanticModel Semantic { get; set; } = SemanticModel.Off;
}

/// <summary>Which embedder the semantic signal uses.</summary>
public enum SemanticModel
{
    Off,
    MiniLm,
}
