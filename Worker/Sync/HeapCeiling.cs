namespace MailScope.Worker.Sync;

/// <summary>
/// Keeps a long sync's memory flat. A sync allocates a few hundred KB per message but holds only the
/// batches in flight; with the GC's default budgets on a machine with a large cache the heap (and the
/// process) still grows past 200 MB over 10,000 messages before a full collection happens. Between
/// batches, once the heap has grown <see cref="Growth"/> beyond what the last collection left, one
/// blocking collection brings it back: about a dozen collections per 10,000 messages and no visible cost
/// (benchmarks: <c>imap --only memory</c>). Growth, not size, so a process that legitimately holds more
/// (the add-in host, a benchmark) is not collected on every batch. One ceiling per sync (or drafting run): until
/// the process has allocated <see cref="Growth"/> since that run began, it never collects, so a sync of one new message does not pay
/// for a full collection that the host's own growth asked for (in-process `ratios`: one new ÷ nothing new).
/// </summary>
internal sealed class HeapCeiling
{
    public const long Growth = 48L << 20;

    private static long s_floor;

    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes();

    public void Enforce()
    {
        if (GC.GetTotalAllocatedBytes() - _allocatedAtStart < Growth)
        {
            return;
        }

        if (GC.GetTotalMemory(forceFullCollection: false) - Interlocked.Read(ref s_floor) > Growth)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            Interlocked.Exchange(ref s_floor, GC.GetTotalMemory(forceFullCollection: false));
        }
    }
}
