using System.Diagnostics;
using System.Globalization;

namespace MailScope.Chaos.Campaign;

/// <summary>
/// A small tmpfs mounted on a folder (as root, where the machine allows it): a store's disk that can be made
/// full or read-only on demand, and given room or write access back, without touching anything else.
/// Root ignores file permissions, so a mount is the honest way to make a folder unwritable for root.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="bytes"/> on the folder; null (and why) when the machine does not allow it.</summary>
    public static TmpfsMount? TryMount(string path, long bytes, out string? refusal)
    {
        Directory.CreateDirectory(path);
        refusal = Run("mount", "-t", "tmpfs", "-o", $"size={bytes.ToString(CultureInfo.InvariantCulture)}", "tmpfs", path);
        return refusal is null ? new TmpfsMount(path) : null;
    }

    public void Resize(long bytes) => Check(Run("mount", "-o", $"remount,size={bytes.ToString(CultureInfo.InvariantCulture)}", Path));

    public void ReadOnly(bool readOnly) => Check(Run("mount", "-o", readOnly ? "remount,ro" : "remount,rw", Path));

    private static void Check(string? error)
    {
        if (error is not null)
        {
            throw new InvalidOperationException(error);
        }
    }

    /// <summary>Runs a command; null when it succeeded, else its error.</summary>
    private static string? Run(string tool, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{tool} {string.Join(' ', args)}: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"{tool}: {ex.Message}";
        }
    }

    public void Dispose()
    {
        // Lazily: a process that still holds a file open must not keep the mount (and the test's folder) forever.
        Run("umount", "-l", Path);
    }
}
