using System.Collections.Concurrent;
using System.Diagnostics;
using MailScope.Core.Matching;

namespace MailScope.Evaluation;

/// <summary>
/// Remembers each text's vector, so the grid of lines tried by cross-validation embeds every ask once, and
/// counts what the model cost: texts embedded, time spent in the model, time of the first call (the load).
/// </summary>
public sealed class CachingEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);
    private long _ticks;
    private int _calls;

    public string Name => inner.Name;

    public int Embedded { get; private set; }

    public TimeSpan ModelTime => TimeSpan.FromTicks(_ticks);

    /// <summary>The first call's time: loading the model plus embedding the first batch.</summary>
    public TimeSpan FirstCall { get; private set; }

    /// <summary>Time per text embedded one at a time (what an ask costs in the worker), after the first call.</summary>
    public List<double> SingleMilliseconds { get; } = [];

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = texts.Where(t => !_cache.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var clock = Stopwatch.StartNew();
            var vectors = inner.Embed(missing);
            clock.Stop();
            if (_calls++ == 0)
            {
                FirstCall = clock.Elapsed;
            }
            else if (missing.Count == 1)
            {
                SingleMilliseconds.Add(clock.Elapsed.TotalMilliseconds);
            }

            _ticks += clock.Elapsed.Ticks;
            Embedded += missing.Count;
            for (var i = 0; i < missing.Count; i++)
            {
                _cache[missing[i]] = vectors[i];
            }
        }

        return texts.Select(t => _cache[t]).ToList();
    }
}
