using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>Keeps every log message (with its exception, as a console logger writes it), so a test can check what the worker reported.</summary>
public sealed class ListLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new ListLogger(Messages);

    public void Dispose()
    {
    }

    private sealed class ListLogger(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(exception == null ? formatter(state, exception) : formatter(state, exception) + Environment.NewLine + exception);
    }
}
