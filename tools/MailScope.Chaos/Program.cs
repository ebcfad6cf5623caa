using System.Globalization;
using MailScope.Chaos;

// dotnet run --project tools/MailScope.Chaos -c Release -- chaos|faults|fuzz|storage|all [--size N] [--kills K] [--source S] [--seed S]
var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "chaos";
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
int Number(string name, int fallback) => Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

if (command is "-h" or "--help" or "help")
{
    Console.WriteLine("""
        MailScope.Chaos COMMAND [--size N] [--kills K] [--source imap|imap-nocondstore|maildir|graph|pg2-maildir|pg2-imap|all] [--seed S]
          chaos    kill loops: K SIGKILLs at random moments (1-4 s) during a first sync of N messages, drafts on, then a clean sync
          faults   Dovecot stopped and restarted mid-sync, PostgreSQL restarted mid-sync, a Graph stand-in that drops and fails requests
          fuzz     N mutated messages through scan, IMAP sync and the Graph stand-in; mutated JSON against every add-in API route
          storage  the store's folder full and read-only (tmpfs) during a sync, then a sync after the fault
          all      everything above
        Exits 1 on any violation.
        """);
    return 0;
}

var campaign = new Campaigns(Number("--size", command == "fuzz" ? 2000 : 2000), Number("--kills", 10), Number("--seed", 13), Option("--source") ?? "all");
return await campaign.RunAsync(command, Console.Out);
