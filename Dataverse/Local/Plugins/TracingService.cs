using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>The ITracingService of one plug-in execution: lines are formatted like string.Format and kept in order.</summary>
internal sealed class TracingService : ITracingService
{
    private readonly StringBuilder text = new();

    public string Text => text.ToString().TrimEnd();

    public void Trace(string format, params object[] args) =>
        text.AppendLine(args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format);
}
