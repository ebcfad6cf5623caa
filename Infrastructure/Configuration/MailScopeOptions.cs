namespace MailScope.Infrastructure.Configuration;

/// <summary>The <c>MailScope</c> configuration section (docs/worker.md).</summary>
public sealed class MailScopeOptions
{
    public const string Section = "MailScope";

    /// <summary>The scope book (YAML). Default in demo mode: the shipped sample book.</summary>
    public string? ScopeBook { get; set; }

    /// <summary>A folder whose templates override the shipped ones by file name.</summary>
    public string? Templates { get; set; }

    /// <summary>A signature line under drafted replies.</summary>
    public string? Signature { get; set; }

    /// <summary>The date judgement and quotes use (YYYY-MM-DD); default: today. For reproducible demos and tests.</summary>
    public DateOnly? Today { get; set; }

    /// <summary>Where the embedded default keeps its files.</summary>
    public string DataFolder { get; set; } = "data";

    public StorageOptions Storage { get; set; } = new();

    /// <summary>Which answer the worker drafts per verdict.</summary>
    public DraftingOptions Drafting { get; set; } = new();

    public List<MailboxOptions> Mailboxes { get; set; } = [];

    /// <summary>The optional second opinion on uncertain asks (off by default).</summary>
    public Adjudication.AdjudicatorOptions Adjudicator { get; set; } = new();

    /// <summary>Settings of the judgement (<c>MailScope:Judgement:Semantic</c>, off by default).</summary>
    public JudgementSettings Judgement { get; set; } = new();

    /// <summary>The weekly digest (off unless <c>MailScope:Digest:Enabled</c> is true).</summary>
    public DigestOptions Digest { get; set; } = new();
}

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}

public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public string? ConnectionString { get; set; }

    public string EffectiveConnectionString(string dataFolder) =>
        ConnectionString ?? (Provider == StorageProvider.Sqlite ? $"Data Source={Path.Combine(dataFolder, "mailscope.db")}"
            : throw new InvalidOperationException("MailScope:Storage:ConnectionString is required for PostgreSql."));
}
