namespace MailScope.Core.ScopeBooks;

/// <summary>The rules that span fields: ids unique, references resolve, addresses owned by one client.</summary>
internal static class ScopeBookRules
{
    public static void Check(ScopeBook book, BookDiagnostics d)
    {
        Unique(book.Packages.Select((p, i) => (p.Id, $"packages[{i}].id")), "package", d);
        for (var i = 0; i < book.Packages.Count; i++)
        {
            Unique(book.Packages[i].Deliverables.Select((x, j) => (x.Id, $"packages[{i}].deliverables[{j}].id")), "deliverable", d);
        }

        Unique(book.AddOns.Select((a, i) => (a.Id, $"addons[{i}].id")), "add-on", d);
        Unique(book.Retainers.Select((r, i) => (r.Id, $"retainers[{i}].id")), "retainer", d);
        for (var i = 0; i < book.Retainers.Count; i++)
        {
            Unique(book.Retainers[i].Deliverables.Select((x, j) => (x.Id, $"retainers[{i}].deliverables[{j}].id")), "deliverable", d);
        }

        Unique(book.Clients.Select((c, i) => (c.Id, $"clients[{i}].id")), "client", d);

        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < book.Clients.Count; i++)
        {
            var client = book.Clients[i];
            foreach (var address in client.Emails.Select(e => "address " + e).Concat(client.Domains.Select(x => "domain " + x)))
            {
                if (owners.TryGetValue(address, out var other) && other != client.Id)
                {
                    d.Error($"clients[{i}].{(address.StartsWith("address", StringComparison.Ordinal) ? "emails" : "domains")}",
                        $"{address} already belongs to client '{other}'; mail from it could not be told apart");
                }

                owners.TryAdd(address, client.Id);
            }

            if (client.Emails.Contains(book.Provider.Email))
            {
                d.Error($"clients[{i}].emails", $"{book.Provider.Email} is the provider's own address");
            }

            var owned = new List<(string Owner, IReadOnlyList<Deliverable> Deliverables)>();
            foreach (var packageId in client.PackageIds)
            {
                if (book.FindPackage(packageId) is { } package)
                {
                    owned.Add(($"package '{package.Id}'", package.Deliverables));
                }
                else
                {
                    d.Error($"clients[{i}].package", $"'{packageId}' is not a package id (known: {string.Join(", ", book.Packages.Select(p => p.Id))})");
                }
            }

            if (client.RetainerId is { } retainerId)
            {
                if (book.FindRetainer(retainerId) is { } retainer)
                {
                    owned.Add(($"retainer '{retainer.Id}'", retainer.Deliverables));
                }
                else
                {
                    d.Error($"clients[{i}].retainer", $"'{retainerId}' is not a retainer id (known: {(book.Retainers.Count == 0 ? "none" : string.Join(", ", book.Retainers.Select(r => r.Id)))})");
                }
            }

            if (owned.Count < client.PackageIds.Count + (client.RetainerId is null ? 0 : 1))
            {
                continue;
            }

            foreach (var (key, count) in client.Used)
            {
                var deliverable = owned.SelectMany(o => o.Deliverables).FirstOrDefault(x => x.Id == key);
                if (deliverable is null)
                {
                    d.Error($"clients[{i}].used.{key}", $"'{key}' is not a deliverable of {string.Join(" or ", owned.Select(o => o.Owner))} (known: {string.Join(", ", owned.SelectMany(o => o.Deliverables).Select(x => x.Id))})");
                }
                else if (deliverable.Quantity is { } q && count > q)
                {
                    d.Warning($"clients[{i}].used.{key}", $"{count} delivered is more than the {q} the package includes");
                }
            }
        }
    }

    private static void Unique(IEnumerable<(string Id, string Path)> ids, string what, BookDiagnostics d)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, path) in ids)
        {
            if (id.Length > 0 && !seen.Add(id))
            {
                d.Error(path, $"duplicate {what} id '{id}'");
            }
        }
    }
}
