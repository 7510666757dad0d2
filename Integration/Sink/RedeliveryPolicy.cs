using System;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// When a mention Dataverse could not take is tried again: after RetryDelay, doubled for each attempt up to
/// MaxRetryDelay, and not after MaxAttempts deliveries. The sink's policy, so every queue kind retries alike.
/// </summary>
public sealed class RedeliveryPolicy(IOptions<DataverseSinkOptions> options)
{
    public bool GivesUpAfter(int attempt) => attempt >= options.Value.MaxAttempts;

    public TimeSpan DelayAfter(int attempt)
    {
        var sink = options.Value;
        var doubled = sink.RetryDelay.Ticks * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(sink.MaxRetryDelay.Ticks, doubled));
    }

    public static string GaveUp(int attempt, string error) => $"Gave up after {attempt} attempts. Last error: {error}";
}
