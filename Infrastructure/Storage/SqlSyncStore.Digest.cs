namespace MailScope.Infrastructure.Storage;

/// <summary>
/// The weekly digest's memory: a digest (by its week) is claimed before it is drafted, so two syncs, two
/// workers or a second run the same week draft it once. A claim whose draft failed is released.
/// </summary>
public abstract partial class SqlSyncStore
{
    /// <summary>Claims the digest; false when it was claimed (drafted) already.</summary>
    public async Task<bool> ClaimDigestAsync(string digest, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "INSERT INTO mailscope_digest (digest, claimed_at) VALUES (@digest, @now) ON CONFLICT (digest) DO NOTHING",
            ("digest", digest), ("now", Stamp(time.GetUtcNow())));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Notes where the claimed digest's draft went.</summary>
    public async Task NoteDigestAsync(string digest, string draftReference, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "UPDATE mailscope_digest SET draft_ref = @ref WHERE digest = @digest", [("ref", draftReference), ("digest", digest)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives a claim back after its draft could not be saved, so the next sync tries again.</summary>
    public async Task ReleaseDigestAsync(string digest, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "DELETE FROM mailscope_digest WHERE digest = @digest", [("digest", digest)], cancellationToken).ConfigureAwait(false);
    }
}
