using System.Collections.Concurrent;

namespace MailScope.AddIn.Insights;

/// <summary>
/// The Insights API's answers, kept for <see cref="Freshness"/> per query: a report reads every judged
/// message of its range, which a page reload should not repeat. Figures are at most that old; the cache
/// holds at most <see cref="MaxEntries"/> queries and starts over when full.
/// </summary>
internal sealed class InsightsCache(TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(60);
    public const int MaxEntries = 64;

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Task<string> Body)> _entries = new(StringComparer.Ordinal);

    /// <summary>The cached answer to <paramref name="key"/>, or the one <paramref name="build"/> makes (once for concurrent callers).</summary>
    public async Task<string> GetAsync(string key, Func<Task<string>> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var hit) && now - hit.At < Freshness && !hit.Body.IsFaulted && !hit.Body.IsCanceled)
        {
            return await hit.Body.ConfigureAwait(false);
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var entry = _entries.AddOrUpdate(key, _ => (now, build()), (_, old) => now - old.At < Freshness && !old.Body.IsFaulted && !old.Body.IsCanceled ? old : (now, build()));
        try
        {
            return await entry.Body.ConfigureAwait(false);
        }
        catch
        {
            // A failed build (the store down) is not kept: the next request tries again.
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }
}
