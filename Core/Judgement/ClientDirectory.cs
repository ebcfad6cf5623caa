using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Judgement;

/// <summary>Finds the client a sender belongs to: exact address first, then the address's domain.</summary>
internal sealed class ClientDirectory
{
    private readonly Dictionary<string, Client> _byAddress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Client> _byDomain = new(StringComparer.OrdinalIgnoreCase);

    public ClientDirectory(IEnumerable<Client> clients)
    {
        foreach (var client in clients)
        {
            foreach (var e in client.Emails)
            {
                _byAddress.TryAdd(e, client);
            }

            foreach (var d in client.Domains)
            {
                _byDomain.TryAdd(d, client);
            }
        }
    }

    public Client? Find(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        address = address.Trim().Trim('<', '>');
        if (_byAddress.TryGetValue(address, out var client))
        {
            return client;
        }

        var at = address.LastIndexOf('@');
        return at >= 0 && _byDomain.TryGetValue(address[(at + 1)..], out client) ? client : null;
    }
}
