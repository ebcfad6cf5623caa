using System.Globalization;
using MailScope.Core.Agreements;
using MailScope.Core.Judgement;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Adjudication;

/// <summary>
/// The client's agreement as short lines an adjudicator can read: what is included with what is left, the
/// add-on menu, other packages, the provider's expertise and who they refer to. No names or addresses.
/// </summary>
public static class AgreementLines
{
    public static (IReadOnlyList<string> Lines, IReadOnlyList<ScopeMatch> Items) Of(ScopeJudge judge, Client client, AgreementSnapshot snapshot, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(client);
        var book = judge.Book;
        var lines = new List<string>();
        var items = new List<ScopeMatch>();
        var package = book.FindPackage(client.PackageId);
        lines.Add($"Package bought: {package?.Name ?? client.PackageId}");
        foreach (var u in judge.UsageOf(client, snapshot, asOf))
        {
            items.Add(new ScopeMatch(MatchKind.Deliverable, u.Id, u.Name, null));
            lines.Add(u.Quantity is { } q
                ? string.Create(CultureInfo.InvariantCulture, $"Included [{u.Id}]: {u.Name}: {q}, {u.Used} used, {u.Left} left")
                : $"Included [{u.Id}]: {u.Name}: unlimited");
        }

        foreach (var a in book.AddOns)
        {
            items.Add(new ScopeMatch(MatchKind.AddOn, a.Id, a.Name, null));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Add-on for a fee [{a.Id}]: {a.Name}"));
        }

        foreach (var p in book.Packages.Where(p => p.Id != client.PackageId))
        {
            lines.Add($"Another package, not bought [{p.Id}]: {p.Name}: {string.Join("; ", p.Deliverables.Select(d => d.Name))}");
        }

        if (book.Provider.Expertise.Count > 0)
        {
            lines.Add($"Provider's expertise: {string.Join("; ", book.Provider.Expertise)}");
        }

        foreach (var r in book.Provider.Referrals)
        {
            lines.Add($"Referred elsewhere (outside expertise): {string.Join("; ", r.Expertise)}");
        }

        if (client.End is { } end)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Engagement ends: {end:yyyy-MM-dd}"));
        }

        return (lines, items);
    }
}
