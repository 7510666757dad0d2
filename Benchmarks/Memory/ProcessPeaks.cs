using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SocialCrm.Benchmarks.Memory;

/// <summary>
/// Peak resident set (VmHWM) of a process and of each process it starts, read from /proc while they run: the kernel
/// keeps the high-water mark per process, so the last reading before a process ends is its peak.
/// https://www.kernel.org/doc/html/latest/filesystems/proc.html
/// </summary>
internal sealed class ProcessPeaks
{
    private readonly Dictionary<int, (string Name, double MiB)> peaks = new();

    /// <summary>Reads the peaks of <paramref name="root"/> and its descendants now.</summary>
    public void Sample(int root)
    {
        foreach (var pid in Descendants(root).Prepend(root))
        {
            var status = Read($"/proc/{pid}/status");
            var hwm = status?.FirstOrDefault(line => line.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (hwm == null)
            {
                continue;
            }

            var mib = double.Parse(hwm.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            var name = Read($"/proc/{pid}/cmdline") is { } parts ? string.Join(" ", parts).Replace('\0', ' ').Trim() : pid.ToString(CultureInfo.InvariantCulture);
            peaks[pid] = (name, Math.Max(mib, peaks.TryGetValue(pid, out var known) ? known.MiB : 0));
        }
    }

    /// <summary>The peak of the first process whose command line contains <paramref name="marker"/>, MiB.</summary>
    public double PeakOf(string marker) =>
        peaks.Values.Where(peak => peak.Name.Contains(marker, StringComparison.Ordinal)).Select(peak => peak.MiB).DefaultIfEmpty(0).Max();

    /// <summary>Runs <paramref name="start"/> to its end, sampling every 100 ms; its exit code.</summary>
    public static (int ExitCode, ProcessPeaks Peaks, TimeSpan Elapsed) RunToEnd(ProcessStartInfo start)
    {
        var peaks = new ProcessPeaks();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} could not be started.");
        DiscardOutput(process);
        while (!process.WaitForExit(100))
        {
            peaks.Sample(process.Id);
        }

        return (process.ExitCode, peaks, clock.Elapsed);
    }

    /// <summary>Reads and drops what a redirected process prints (its progress bar), so a full pipe never blocks it.</summary>
    public static void DiscardOutput(Process process)
    {
        if (process.StartInfo.RedirectStandardOutput)
        {
            process.BeginOutputReadLine();
        }
    }

    /// <summary>Children are listed per thread (/proc/PID/task/TID/children), and .NET starts a child from whichever
    /// thread-pool thread runs the code, so every thread's list is read.</summary>
    private static IEnumerable<int> Descendants(int root)
    {
        string[] tasks;
        try
        {
            tasks = Directory.GetDirectories($"/proc/{root}/task");
        }
        catch (IOException)
        {
            return [];
        }

        var children = tasks.SelectMany(task => Read(Path.Combine(task, "children")) ?? [])
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(text => int.Parse(text, CultureInfo.InvariantCulture)).Distinct().ToList();
        return children.Concat(children.SelectMany(Descendants)).ToList();
    }

    private static string[]? Read(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
