using MailScope.Core.Judgement;
using MailScope.Core.Learning;
using Microsoft.Extensions.Caching.Memory;

namespace MailScope.AddIn.Api;

/// <summary>
/// The user's corrections as the judgement applies them, read from the store at most every half minute (the
/// worker adds corrections from flags taken off) and at once after this host adds one.
/// </summary>
internal sealed class CorrectionsCache(ICorrectionStore store, IMemoryCache cache, ScopeJudge judge)
{
    private const string Key = "mailscope:corrections";

    public async Task<CorrectionMemory> GetAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(Key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return new CorrectionMemory(await store.ListCorrectionsAsync(cancellationToken).ConfigureAwait(false), embedder: judge.Embedder);
        }).ConfigureAwait(false) ?? new CorrectionMemory([]);

    public void Invalidate() => cache.Remove(Key);
}
