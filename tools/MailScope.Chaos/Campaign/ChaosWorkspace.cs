using System.Globalization;

namespace MailScope.Chaos.Campaign;

/// <summary>A folder of one scenario's own (the worker's working folder and data folder) and the worker configuration it starts from.</summary>
public sealed class ChaosWorkspace : IDisposable
{
    public ChaosWorkspace(ChaosMail mail)
    {
        Directory.CreateDirectory(DataFolder);
        Environment = new Dictionary<string, string>
        {
            ["MailScope__ScopeBook"] = mail.ScopeBook,
            ["MailScope__Today"] = ChaosMail.Today,
            ["MailScope__DataFolder"] = DataFolder,
        };
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mailscope-chaos-" + Guid.NewGuid().ToString("N")[..8]);

    public string DataFolder => Path.Combine(Folder, "data");

    public Dictionary<string, string> Environment { get; }

    /// <summary>Adds a mailbox (drafts on) to the configuration.</summary>
    public void AddMailbox(Dictionary<string, string> mailbox, int index, int batchSize)
    {
        foreach (var (key, value) in mailbox)
        {
            Environment[key] = value;
        }

        Environment[$"MailScope__Mailboxes__{index}__CreateDrafts"] = "true";
        Environment[$"MailScope__Mailboxes__{index}__BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture);
    }

    public void UsePostgres(string connectionString)
    {
        Environment["MailScope__Storage__Provider"] = "PostgreSql";
        Environment["MailScope__Storage__ConnectionString"] = connectionString;
    }

    public Task<ChaosWorker.Result> SyncAsync(TimeSpan? timeout = null) =>
        ChaosWorker.RunAsync(Environment, Folder, timeout ?? TimeSpan.FromMinutes(15), "sync", "--once");

    public ChaosWorker StartSync() => ChaosWorker.Start(Environment, Folder, "sync", "--once");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
