namespace MailScope.Core.Agreements;

/// <summary>What a ledger entry records (contract: docs/engagements.md, "The ledger").</summary>
public enum LedgerKind
{
    /// <summary>Units of a deliverable or add-on handed over; counts toward usage.</summary>
    Delivered,

    /// <summary>Units given as a courtesy beyond the agreement; counts toward usage, with its value.</summary>
    Goodwill,

    /// <summary>Units bought on top of the agreement (an accepted add-on or change order).</summary>
    Purchased,
}

/// <summary>Where a ledger entry came from.</summary>
public enum LedgerSource
{
    Cli,
    AddIn,
    Mail,
}

/// <summary>Wire names of <see cref="LedgerKind"/> and <see cref="LedgerSource"/> (lower case, as in the contract).</summary>
public static class LedgerWire
{
    public static string ToWire(this LedgerKind kind) => kind switch
    {
        LedgerKind.Delivered => "delivered",
        LedgerKind.Goodwill => "goodwill",
        LedgerKind.Purchased => "purchased",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWire(this LedgerSource source) => source switch
    {
        LedgerSource.Cli => "cli",
        LedgerSource.AddIn => "addin",
        LedgerSource.Mail => "mail",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Parses a kind's wire name; null when it is none of them.</summary>
    public static LedgerKind? ParseKind(string? wire) => wire switch
    {
        "delivered" => LedgerKind.Delivered,
        "goodwill" => LedgerKind.Goodwill,
        "purchased" => LedgerKind.Purchased,
        _ => null,
    };

    /// <summary>Parses a source's wire name; null when it is none of them.</summary>
    public static LedgerSource? ParseSource(string? wire) => wire switch
    {
        "cli" => LedgerSource.Cli,
        "addin" => LedgerSource.AddIn,
        "mail" => LedgerSource.Mail,
        _ => null,
    };
}
