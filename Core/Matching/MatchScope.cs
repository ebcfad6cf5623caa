using MailScope.Core.Agreements;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Matching;

/// <summary>
/// What a client owns, as the index sees it: the containers (packages, the active retainer) whose
/// deliverables are the client's own, and the ids of those deliverables.
/// </summary>
internal sealed class MatchScope
{
    private readonly HashSet<string> _containers;
    private readonly HashSet<string> _deliverables;

    private MatchScope(IEnumerable<string> containers, IEnumerable<string> deliverables)
    {
        _containers = new HashSet<string>(containers, StringComparer.Ordinal);
        _deliverables = new HashSet<string>(deliverables, StringComparer.Ordinal);
    }

    /// <summary>The index's key for a retainer's deliverables (package and retainer ids may be the same word).</summary>
    public static string RetainerKey(string retainerId) => "retainer:" + retainerId;

    /// <summary>One package: the version 1 view of a client.</summary>
    public static MatchScope Of(Package package) => new([package.Id], package.Deliverables.Select(d => d.Id));

    /// <summary>Everything the agreement holds: its packages and, once started, its retainer.</summary>
    public static MatchScope Of(Agreement agreement)
    {
        var containers = agreement.Packages.Select(p => p.Id).ToList();
        if (agreement.RetainerActive)
        {
            containers.Add(RetainerKey(agreement.Retainer!.Id));
        }

        return new(containers, agreement.Deliverables.Select(i => i.Id));
    }

    /// <summary>True when the deliverables filed under this index key are the client's own.</summary>
    public bool Owns(string? container) => container is not null && _containers.Contains(container);

    /// <summary>True when the client has a deliverable with this id, in any package or the retainer.</summary>
    public bool HasDeliverable(string id) => _deliverables.Contains(id);
}
