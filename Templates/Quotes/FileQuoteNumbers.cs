using System.Globalization;
using System.Text.Json;
using MailScope.Core.Offers;

namespace MailScope.Templates.Quotes;

/// <summary>
/// Quote numbers kept in <c>quote-numbers.json</c> in a folder, guarded by an exclusive lock file so
/// that processes drafting at the same time never share or reuse a number. The counter is written to a
/// temporary file and renamed over the old one: a crash leaves either the old or the new count.
/// </summary>
public sealed class FileQuoteNumbers(string folder) : IQuoteNumbers
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    public async Task<string> NextAsync(OfferKind kind, DateOnly issued, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var prefix = kind == OfferKind.Upgrade ? "UQ" : "CO";
        var key = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{issued.Year}");
        await using var gate = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var path = Path.Combine(folder, "quote-numbers.json");
        var counters = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, int>>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)) ?? []
            : [];
        var next = counters.GetValueOrDefault(key) + 1;
        counters[key] = next;
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(counters), cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
        return string.Create(CultureInfo.InvariantCulture, $"{key}-{next:D4}");
    }

    private async Task<FileStream> AcquireAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                return new FileStream(Path.Combine(folder, "quote-numbers.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(Random.Shared.Next(5, 25), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
