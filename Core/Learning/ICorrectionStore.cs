namespace MailScope.Core.Learning;

/// <summary>Where corrections are kept (the store beside the judged records); the judgement reads them back.</summary>
public interface ICorrectionStore
{
    /// <summary>Every correction, oldest first.</summary>
    Task<IReadOnlyList<Correction>> ListCorrectionsAsync(CancellationToken cancellationToken);

    /// <summary>Keeps the corrections; a later one for the same ask and client replaces the earlier.</summary>
    Task AddCorrectionsAsync(IReadOnlyCollection<Correction> corrections, CancellationToken cancellationToken);
}
