using System.Globalization;

namespace MailScope.Benchmarks;

/// <summary>A process's peak resident memory so far (VmHWM from /proc), in KB; 0 once it has exited.</summary>
internal static class PeakMemory
{
    public static long ReadKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
