using System;
using System.IO;
using System.Linq;

namespace SocialCrm.Benchmarks.EndToEnd;

/// <summary>
/// This process's peak resident set (VmHWM), which Linux lets a process reset by writing 5 to /proc/self/clear_refs,
/// so each phase of a run reports its own peak. https://www.kernel.org/doc/html/latest/filesystems/proc.html
/// </summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        if (File.Exists("/proc/self/clear_refs"))
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    /// <summary>MiB; 0 where /proc is missing.</summary>
    public static double PeakMiB()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return 0;
        }

        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line == null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
