namespace MailScope.Core.Insights;

/// <summary>
/// Groups unmatched asks by topic: an ask joins the first group whose shared stems it contains, or that
/// contains all of its own, or with which it shares at least half of the stems of both (Jaccard ≥ 0.5).
/// A group keeps the stems its members share, so "cover letter for Acme" and "a covering letter" meet on
/// "cover letter" and the group is labelled with those words.
/// </summary>
public sealed class TopicGroups
{
    private readonly List<Group> _groups = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    /// <summary>The group of an ask, given its <see cref="AskTopic.KeyOf"/> key and its text; asks must come oldest first.</summary>
    /// <returns>The group's index, for <see cref="LabelOf"/>.</returns>
    public int Add(string key, string text)
    {
        ArgumentNullException.ThrowIfNull(key);
        // The same key always lands in the same group: asked again, it is found without comparing.
        if (_byKey.TryGetValue(key, out var known))
        {
            return known;
        }

        var stems = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < _groups.Count; i++)
        {
            var group = _groups[i];
            if (stems.Count > 0 && Joins(group.Shared, stems))
            {
                group.Shared.IntersectWith(stems);
                _byKey[key] = i;
                return i;
            }
        }

        _groups.Add(new Group(stems, text));
        _byKey[key] = _groups.Count - 1;
        return _groups.Count - 1;
    }

    /// <summary>The label of a group: the shared words as the group's first ask wrote them.</summary>
    public string LabelOf(int group) => AskTopic.LabelOf(_groups[group].Text, _groups[group].Shared);

    private static bool Joins(HashSet<string> shared, HashSet<string> stems)
    {
        if (shared.Count == 0)
        {
            return false;
        }

        var common = shared.Count(stems.Contains);
        return common == shared.Count || common == stems.Count || common * 2 >= Math.Max(shared.Count, stems.Count);
    }

    private sealed record Group(HashSet<string> Shared, string Text);
}
