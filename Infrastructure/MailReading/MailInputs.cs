using MimeKit;

namespace MailScope.Infrastructure.MailReading;

/// <summary>
/// Expands scan inputs — .eml files, folders of them, mbox files, Maildirs — into a stream of messages
/// read one at a time, so a large mbox is never held in memory. Inputs are only read, never changed.
/// </summary>
public static class MailInputs
{
    private static readonly string[] MaildirSubfolders = ["new", "cur"];

    /// <summary>Inputs that do not exist, each with a message naming it.</summary>
    public static IEnumerable<string> Problems(IEnumerable<string> inputs) =>
        inputs.Where(i => !File.Exists(i) && !Directory.Exists(i)).Select(i => $"{i}: no such file or folder");

    public static IEnumerable<MailItem> Read(IEnumerable<string> inputs, CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            IEnumerable<MailItem> items = Directory.Exists(input)
                ? IsMaildir(input) ? ReadMaildir(input) : ReadFolder(input)
                : IsMbox(input) ? ReadMbox(input, cancellationToken) : [ReadFile(input)];
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    public static bool IsMaildir(string folder) =>
        Directory.Exists(Path.Combine(folder, "cur")) || Directory.Exists(Path.Combine(folder, "new"));

    private static IEnumerable<MailItem> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(ReadFile);

    private static IEnumerable<MailItem> ReadMaildir(string folder) =>
        MaildirSubfolders
            .Select(sub => Path.Combine(folder, sub))
            .Where(Directory.Exists)
            .SelectMany(sub => Directory.EnumerateFiles(sub).Where(f => !Path.GetFileName(f).StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(ReadFile);

    private static MailItem ReadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert(path, MimeMessage.Load(MimeMessageReader.Options, stream));
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException)
        {
            return MailItem.Failed(path, $"cannot be read as a message: {ex.Message}");
        }
    }

    private static bool IsMbox(string path)
    {
        if (path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Span<byte> head = stackalloc byte[5];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, 5, throwOnEndOfStream: false) == 5 && head.SequenceEqual("From "u8);
    }

    private static IEnumerable<MailItem> ReadMbox(string path, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var parser = new MimeParser(MimeMessageReader.Options, stream, MimeFormat.Mbox);
        for (var n = 1; !parser.IsEndOfStream; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = $"{path}#{n}";
            MimeMessage? message = null;
            string? framingError = null;
            try
            {
                message = parser.ParseMessage(cancellationToken);
            }
            catch (FormatException ex)
            {
                framingError = ex.Message;
            }

            if (message is null)
            {
                // The mbox framing itself is broken: nothing after this point can be trusted.
                yield return MailItem.Failed(source, $"the mbox cannot be read past this message: {framingError}");
                yield break;
            }

            yield return Convert(source, message);
        }
    }

    private static MailItem Convert(string source, MimeMessage message)
    {
        try
        {
            return new MailItem(source, MimeMessageReader.ToInbound(message), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A body that MimeKit parsed but cannot decode (a corrupt TNEF part, say) spoils this message only.
            return MailItem.Failed(source, $"cannot be decoded: {ex.Message}");
        }
    }
}
