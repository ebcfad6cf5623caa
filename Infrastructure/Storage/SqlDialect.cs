namespace MailScope.Infrastructure.Storage;

/// <summary>The few places SQLite and PostgreSQL SQL differ for the store's tables.</summary>
public sealed record SqlDialect(string Name, string IdColumn)
{
    public static readonly SqlDialect Sqlite = new("Sqlite", "INTEGER PRIMARY KEY AUTOINCREMENT");
    public static readonly SqlDialect PostgreSql = new("PostgreSql", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");

    public string Schema => $"""
        CREATE TABLE IF NOT EXISTS mailscope_checkpoint (
            mailbox TEXT NOT NULL PRIMARY KEY,
            state TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS mailscope_message (
            mailbox TEXT NOT NULL,
            message_key TEXT NOT NULL,
            source_id TEXT NOT NULL,
            verdict TEXT NOT NULL,
            client_id TEXT NULL,
            flagged INTEGER NOT NULL,
            draft_state INTEGER NOT NULL,
            draft_ref TEXT NULL,
            judged_at TEXT NOT NULL,
            subject TEXT NULL,
            sender TEXT NULL,
            evidence TEXT NULL,
            reply_preview TEXT NULL,
            dismissed_at TEXT NULL,
            received_at TEXT NULL,
            PRIMARY KEY (mailbox, message_key));
        CREATE TABLE IF NOT EXISTS mailscope_ask (
            mailbox TEXT NOT NULL,
            message_key TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            client_id TEXT NOT NULL,
            received_on TEXT NOT NULL,
            verdict TEXT NOT NULL,
            item_id TEXT NULL,
            item_kind TEXT NOT NULL,
            topic TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (mailbox, message_key, ordinal));
        CREATE TABLE IF NOT EXISTS mailscope_digest (
            digest TEXT NOT NULL PRIMARY KEY,
            claimed_at TEXT NOT NULL,
            draft_ref TEXT NULL);
        CREATE TABLE IF NOT EXISTS mailscope_correction (
            id {IdColumn},
            client_id TEXT NOT NULL,
            ask_text TEXT NOT NULL,
            verdict TEXT NOT NULL,
            item_id TEXT NULL,
            at TEXT NOT NULL,
            source TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS mailscope_quote_counter (
            counter TEXT NOT NULL PRIMARY KEY,
            value BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS mailscope_sync_run (
            id {IdColumn},
            mailbox TEXT NOT NULL,
            worker TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NULL,
            fetched INTEGER NOT NULL DEFAULT 0,
            judged INTEGER NOT NULL DEFAULT 0,
            flagged INTEGER NOT NULL DEFAULT 0,
            drafted INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            round_trips INTEGER NOT NULL DEFAULT 0,
            error TEXT NULL);
        CREATE TABLE IF NOT EXISTS mailscope_ledger (
            id {IdColumn},
            client_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            units INTEGER NOT NULL,
            on_date TEXT NOT NULL,
            kind TEXT NOT NULL,
            source TEXT NOT NULL,
            note TEXT NULL,
            value TEXT NULL,
            quote_number TEXT NULL,
            message_key TEXT NULL,
            recorded_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS mailscope_ledger_client ON mailscope_ledger (client_id, on_date);
        CREATE TABLE IF NOT EXISTS mailscope_quote (
            number TEXT NOT NULL PRIMARY KEY,
            client_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            total TEXT NOT NULL,
            currency TEXT NOT NULL,
            created TEXT NOT NULL,
            valid_until TEXT NOT NULL,
            target_id TEXT NULL,
            answered_message_id TEXT NULL,
            reply_message_id TEXT NULL,
            lines TEXT NOT NULL,
            decided_at TEXT NULL,
            decided_by TEXT NULL,
            confirm_state INTEGER NOT NULL DEFAULT 0,
            confirm_ref TEXT NULL);
        """;

    /// <summary>
    /// Indexes, made after <see cref="AddedColumns"/> (some index a column an older store gets only then). The
    /// report's queries read only these (covering), never the wide rows: asks by day, verdict and client with
    /// the item, topic and message; flagged messages by date and client.
    /// </summary>
    public const string Indexes = """
        CREATE INDEX IF NOT EXISTS mailscope_ask_report ON mailscope_ask (received_on, verdict, client_id, item_kind, item_id, topic, message_key);
        CREATE INDEX IF NOT EXISTS mailscope_message_flagged ON mailscope_message (flagged, received_at, judged_at, client_id);
        """;

    /// <summary>
    /// Columns added after the first release of a table, with their types: a store made by an older
    /// MailScope gets them on start (CREATE TABLE IF NOT EXISTS leaves an existing table as it was).
    /// </summary>
    public static readonly IReadOnlyList<(string Table, string Column, string Type)> AddedColumns =
    [
        ("mailscope_message", "subject", "TEXT NULL"),
        ("mailscope_message", "sender", "TEXT NULL"),
        ("mailscope_message", "evidence", "TEXT NULL"),
        ("mailscope_message", "reply_preview", "TEXT NULL"),
        ("mailscope_message", "dismissed_at", "TEXT NULL"),
        ("mailscope_sync_run", "round_trips", "INTEGER NOT NULL DEFAULT 0"),
        ("mailscope_message", "received_at", "TEXT NULL"),
    ];
}
