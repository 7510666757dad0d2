using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// Waits for something the worker does in the background, looking again every few milliseconds until a deadline. The
/// deadline only bounds a broken test; a passing one returns as soon as the condition holds.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > within)
            {
                Assert.Fail($"Not within {within}: {what}.");
            }

            await Task.Delay(Interval);
        }
    }
}
