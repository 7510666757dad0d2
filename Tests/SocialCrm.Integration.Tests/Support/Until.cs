using System;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>Waits for the effect a test asserts, never for a signal sent before it.</summary>
public static class Until
{
    /// <summary>Waits until <paramref name="condition"/> holds; after <paramref name="patience"/> fails naming
    /// <paramref name="what"/>, with the log.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, ListLoggerProvider log, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Never: {what}. Log:\n{string.Join("\n", log.Messages)}");
            }

            await Task.Delay(20);
        }
    }
}
