using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>Keeps every log entry of a host (category, level, message) so a test can tell what the host did.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> entries = new();

    public int Count(string categoryEndsWith, LogLevel level) =>
        entries.Count(e => e.Level == level && e.Category.EndsWith(categoryEndsWith, StringComparison.Ordinal));

    public int Count(string categoryEndsWith, Func<string, bool> message) =>
        entries.Count(e => e.Category.EndsWith(categoryEndsWith, StringComparison.Ordinal) && message(e.Message));

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
