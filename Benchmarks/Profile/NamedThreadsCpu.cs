using System;
using System.Globalization;
using System.IO;

namespace SocialCrm.Benchmarks.Profile;

/// <summary>
/// CPU time so far of this process's threads of one name, such as LocalDataverse's checkpointer: work taken off the
/// request's thread is still the machine's. Linux /proc/self/task/*/schedstat (nanoseconds on a CPU); zero elsewhere.
/// https://docs.kernel.org/scheduler/sched-stats.html
/// </summary>
internal static class NamedThreadsCpu
{
    public static TimeSpan Now(string name)
    {
        if (!OperatingSystem.IsLinux())
        {
            return TimeSpan.Zero;
        }

        long nanoseconds = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n') == name)
                {
                    nanoseconds += long.Parse(File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The thread ended while we looked.
            }
        }

        return TimeSpan.FromTicks(nanoseconds / 100);
    }
}
