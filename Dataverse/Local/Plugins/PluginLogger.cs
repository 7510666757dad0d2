using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// The ILogger a plug-in can ask for. Dataverse sends these lines to Application Insights; LocalDataverse has none, so
/// they go to the execution's trace, prefixed with their level, where a test can read them.
/// https://learn.microsoft.com/power-apps/developer/data-platform/application-insights-ilogger
/// </summary>
internal sealed class PluginLogger : ILogger
{
    private readonly ITracingService tracing;

    public PluginLogger(ITracingService tracing)
    {
        this.tracing = tracing;
    }

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public IDisposable BeginScope<TState>(TState state) => NoScope.Instance;

    public IDisposable BeginScope(string messageFormat, params object[] args) => NoScope.Instance;

    public void AddCustomProperty(string propertyName, string propertyValue) => tracing.Trace("[Property] {0} = {1}", propertyName, propertyValue);

    public void Execute(string activityName, Action action, IEnumerable<KeyValuePair<string, string>>? additionalCustomProperties)
    {
        tracing.Trace("[Activity] {0}", activityName);
        action();
    }

    public Task ExecuteAsync(string activityName, Func<Task> action, IEnumerable<KeyValuePair<string, string>>? additionalCustomProperties)
    {
        tracing.Trace("[Activity] {0}", activityName);
        return action();
    }

    public void LogMetric(string metricName, long value) => tracing.Trace("[Metric] {0} = {1}", metricName, value);

    public void LogMetric(string metricName, IDictionary<string, string> metricDimensions, long value) => LogMetric(metricName, value);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Write(logLevel, exception, formatter(state, exception));

    public void Log(LogLevel logLevel, EventId eventId, Exception? exception, string message, params object[] args) => Write(logLevel, exception, Format(message, args));

    public void Log(LogLevel logLevel, EventId eventId, string message, params object[] args) => Write(logLevel, null, Format(message, args));

    public void Log(LogLevel logLevel, Exception? exception, string message, params object[] args) => Write(logLevel, exception, Format(message, args));

    public void Log(LogLevel logLevel, string message, params object[] args) => Write(logLevel, null, Format(message, args));

    public void LogTrace(EventId eventId, Exception? exception, string message, params object[] args) => Log(LogLevel.Trace, exception, message, args);

    public void LogTrace(EventId eventId, string message, params object[] args) => Log(LogLevel.Trace, message, args);

    public void LogTrace(Exception? exception, string message, params object[] args) => Log(LogLevel.Trace, exception, message, args);

    public void LogTrace(string message, params object[] args) => Log(LogLevel.Trace, message, args);

    public void LogDebug(EventId eventId, Exception? exception, string message, params object[] args) => Log(LogLevel.Debug, exception, message, args);

    public void LogDebug(EventId eventId, string message, params object[] args) => Log(LogLevel.Debug, message, args);

    public void LogDebug(Exception? exception, string message, params object[] args) => Log(LogLevel.Debug, exception, message, args);

    public void LogDebug(string message, params object[] args) => Log(LogLevel.Debug, message, args);

    public void LogInformation(EventId eventId, Exception? exception, string message, params object[] args) => Log(LogLevel.Information, exception, message, args);

    public void LogInformation(EventId eventId, string message, params object[] args) => Log(LogLevel.Information, message, args);

    public void LogInformation(Exception? exception, string message, params object[] args) => Log(LogLevel.Information, exception, message, args);

    public void LogInformation(string message, params object[] args) => Log(LogLevel.Information, message, args);

    public void LogWarning(EventId eventId, Exception? exception, string message, params object[] args) => Log(LogLevel.Warning, exception, message, args);

    public void LogWarning(EventId eventId, string message, params object[] args) => Log(LogLevel.Warning, message, args);

    public void LogWarning(Exception? exception, string message, params object[] args) => Log(LogLevel.Warning, exception, message, args);

    public void LogWarning(string message, params object[] args) => Log(LogLevel.Warning, message, args);

    public void LogError(EventId eventId, Exception? exception, string message, params object[] args) => Log(LogLevel.Error, exception, message, args);

    public void LogError(EventId eventId, string message, params object[] args) => Log(LogLevel.Error, message, args);

    public void LogError(Exception? exception, string message, params object[] args) => Log(LogLevel.Error, exception, message, args);

    public void LogError(string message, params object[] args) => Log(LogLevel.Error, message, args);

    public void LogCritical(EventId eventId, Exception? exception, string message, params object[] args) => Log(LogLevel.Critical, exception, message, args);

    public void LogCritical(EventId eventId, string message, params object[] args) => Log(LogLevel.Critical, message, args);

    public void LogCritical(Exception? exception, string message, params object[] args) => Log(LogLevel.Critical, exception, message, args);

    public void LogCritical(string message, params object[] args) => Log(LogLevel.Critical, message, args);

    private static string Format(string message, object[] args) =>
        args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, message, args) : message;

    private void Write(LogLevel level, Exception? exception, string message) =>
        tracing.Trace(exception is null ? "[{0}] {1}" : "[{0}] {1} {2}", level, message, exception?.Message ?? string.Empty);

    private sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose()
        {
        }
    }
}
